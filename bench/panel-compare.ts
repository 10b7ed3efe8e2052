/**
 * Two builds of the extension in one run, alternated (A B B A A B …), so a change to the keystroke path can be
 * judged on a shared, noisy machine: drift in the load hits both builds alike. Build each variant with
 * `npx wxt build` and copy `.output/chrome-mv3` aside first.
 *
 *   npx tsx bench/panel-compare.ts /tmp/before /tmp/after [rounds=4] [keystrokes=40]
 */
import { keystrokeLatencies, percentile } from './panel';
import { median } from './table';

const [before, after, rounds = '4', keystrokes = '40'] = process.argv.slice(2);
if (!before || !after)
  throw new Error('usage: npx tsx bench/panel-compare.ts <extension dir A> <extension dir B> [rounds] [keystrokes]');

type Samples = Awaited<ReturnType<typeof keystrokeLatencies>>;
const pooled = new Map<string, Samples>();
for (let round = 0; round < Number(rounds); round++) {
  for (const dir of round % 2 === 0 ? [before, after] : [after, before]) {
    const run = await keystrokeLatencies(dir, Number(keystrokes));
    const into = pooled.get(dir);
    if (!into) pooled.set(dir, run);
    else for (const key of Object.keys(run) as Array<keyof Samples>) into[key].push(...run[key]);
  }
}

const cell = (xs: number[]) => `${median(xs).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`;
const rows: Array<[string, keyof Samples]> = [
  ['keystroke → panel updated', 'keystroke'],
  ['keystroke → highlights updated', 'highlights'],
  ['keystroke → snapshot sent', 'contentWait'],
  ['snapshot sent → panel updated', 'snapshot'],
  ['coachUpdated received → panel shows it', 'render'],
  ['analyze() in the worker', 'analysis'],
];
console.log(`| median / p95, ms (${pooled.get(before)!.keystroke.length} keystrokes each) | ${before} | ${after} |`);
console.log('|---|---:|---:|');
for (const [name, key] of rows)
  console.log(`| ${name} | ${cell(pooled.get(before)![key])} | ${cell(pooled.get(after)![key])} |`);
