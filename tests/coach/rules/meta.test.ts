/** The conventions every rule follows: registered, id equal to its path, documented, with examples and a lesson. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/coach/rules';

const RULES_DIR = join(__dirname, '../../../lib/coach/rules');

/** Rule files live exactly one folder deep: lib/coach/rules/<family>/<name>.ts. */
function ruleFiles(): string[] {
  const files: string[] = [];
  for (const family of readdirSync(RULES_DIR)) {
    const folder = join(RULES_DIR, family);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder)) {
      if (file.endsWith('.ts'))
        files.push(relative(RULES_DIR, join(folder, file)).replace(/\\/g, '/').replace(/\.ts$/, ''));
    }
  }
  return files.sort();
}

describe('rule registry', () => {
  it('registers every rule file, and only those, with ids equal to their paths', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual(ruleFiles());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s is documented, exemplified and has a lesson',
    (_id, rule) => {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(rule.rationale.trim().length).toBeGreaterThan(10);
      expect(rule.rationale).not.toContain('\n');
      expect(rule.why.trim().length).toBeGreaterThan(20);
      expect(rule.examples.bad.length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.good.length).toBeGreaterThanOrEqual(2);
      expect(rule.lesson.title.trim().length).toBeGreaterThan(5);
      expect(rule.lesson.before).not.toBe(rule.lesson.after);
      if (rule.fixes) expect(rule.examples.bad.some((example) => example.expected !== undefined)).toBe(true);
    },
  );
});
