/** Only the engine rows of `npm run bench`, as one table: `npx tsx bench/engine-table.ts`. */
import { runEngineBench } from './engine';
import { formatBenchTable } from './table';

console.log(formatBenchTable(await runEngineBench()));
