/**
 * Regenerates the rule table in docs/engine.md (between `<!-- rules:start -->` and `<!-- rules:end -->`) from the
 * rule registry, so the documented rules are always the registered ones.
 *
 *   tsx scripts/readme-rules.ts          rewrite docs/engine.md
 *   tsx scripts/readme-rules.ts --check  exit 1 when docs/engine.md is stale (tests/cli/readme-rules.test.ts does this too)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleTable } from '../lib/coach/rules/table';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';
export const README_PATH = fileURLToPath(new URL('../docs/engine.md', import.meta.url));

/** The README with the text between the markers replaced by `table`; throws when the markers are missing. */
export function withRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs ${RULES_START} followed by ${RULES_END} where the rule table goes`);
  }
  return `${readme.slice(0, start + RULES_START.length)}\n${table.trim()}\n${readme.slice(end)}`;
}

function main(argv: readonly string[]): number {
  const readme = readFileSync(README_PATH, 'utf8');
  const updated = withRulesTable(readme, ruleTable());
  if (argv.includes('--check')) {
    if (updated === readme) return 0;
    process.stderr.write('README.md rule table is stale: run `npm run -s readme:rules`\n');
    return 1;
  }
  if (updated !== readme) writeFileSync(README_PATH, updated);
  process.stdout.write(
    updated === readme ? 'README.md rule table is up to date\n' : 'README.md rule table regenerated\n',
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
