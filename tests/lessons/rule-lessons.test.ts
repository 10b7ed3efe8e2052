/** The rules' lessons reach the extension pages as data evaluated from the rule registry, never as a second copy. */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../lib/coach/rules';
import { RULE_LESSON_LIST } from '../../lib/lessons/from-rules';
import { lessonFor, RULE_LESSONS } from '../../lib/lessons/lessons';
import { ruleLessonsAsData } from '../../scripts/vite-plugins';

test('every rule’s lesson is its own lesson with its why, in the registry’s order', () => {
  expect([...RULE_LESSONS.keys()]).toEqual(RULES.map((rule) => rule.id));
  for (const rule of RULES) {
    expect(lessonFor(rule.id)).toEqual({ id: rule.id, why: rule.why, ...rule.lesson });
  }
});

test('a build inlines the same lessons as a data-only module, evaluated from the rule registry', async () => {
  const { code, dependencies } = await ruleLessonsAsData();
  expect(code).not.toMatch(/\bimport\b/);
  const built = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: unknown;
  };
  expect(built.default).toEqual(RULE_LESSON_LIST);
  // The build watches what the data came from, so editing a rule rebuilds its lesson.
  expect(dependencies).toContain(resolve(__dirname, '../../lib/coach/rules/tone/blame.ts'));
}, 60_000);
