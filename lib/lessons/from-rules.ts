/**
 * Every rule's own lesson (its file's `lesson` with the rule's `why`), in registry order. The extension pages read
 * this through the virtual module `virtual:attune/rule-lessons` (scripts/vite-plugins.ts), which a build evaluates
 * here in Node and inlines as data, so the pages get the lessons without the rules and compromise.
 */
import { RULES } from '../coach/rules/index';
import type { Lesson } from './lessons';

export const RULE_LESSON_LIST: readonly Lesson[] = RULES.map((rule) => ({
  id: rule.id,
  title: rule.lesson.title,
  why: rule.why,
  before: rule.lesson.before,
  after: rule.lesson.after,
}));
