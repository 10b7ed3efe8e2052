/** The README's rule table is generated from the registry; this fails when a rule changed and the README did not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../lib/coach/rules/table';
import { README_PATH, RULES_END, RULES_START, withRulesTable } from '../../scripts/readme-rules';

describe('README rule table', () => {
  it('is the table ruleTable() generates (run `npm run -s readme:rules` to update it)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readme).toBe(withRulesTable(readme, ruleTable()));
  });

  it('lists every registered rule once', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const table = readme.slice(readme.indexOf(RULES_START), readme.indexOf(RULES_END));
    for (const line of ruleTable().split('\n').slice(2)) expect(table.split(line).length - 1).toBe(1);
  });

  it('replaces only the text between the markers, and insists on them', () => {
    const readme = `# Title\n\n${RULES_START}\nold\n${RULES_END}\n\nafter`;
    expect(withRulesTable(readme, '| new |')).toBe(`# Title\n\n${RULES_START}\n| new |\n${RULES_END}\n\nafter`);
    expect(() => withRulesTable('# no markers', '| t |')).toThrow(/rules:start/);
  });
});
