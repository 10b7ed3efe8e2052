/**
 * The shape of a coaching rule. A rule is a small module of data and one pure function; the registry in
 * `index.ts` lists them all and `runRules` turns their hits into `Finding`s.
 *
 * Sentence-scoped rules see one sentence at a time, with offsets relative to that sentence and nothing about its
 * position, so their hits can be cached by sentence text (plus the slice of context the rule reads, its
 * `contextKey`): after a keystroke only the edited sentence runs again.
 */
import type { SentenceDoc, Term } from '../text';
import type { AnalyzedText } from '../text';
import type { CustomerAnalysis, Severity } from '../types';

export interface RuleContext {
  /** What the customer's message tells us (technicality, emotions…), or null when there is no message. */
  customer: CustomerAnalysis | null;
  /** Rule ids (`tone/blame`) or whole families (`tone`) that are turned off. */
  disabled: ReadonlySet<string>;
}

/** One thing a rule found: a span (relative to the sentence for sentence rules, to the draft otherwise). */
export interface RuleHit {
  start: number;
  end: number;
  /** What is wrong here, in one line, naming the words. */
  reason: string;
  /** Replacements for the covered text; absent or empty: no safe automatic fix. */
  expected?: string[];
  /** Overrides the rule's `why` when this hit needs its own explanation. */
  why?: string;
}

/** What a sentence-scoped rule may read: the sentence alone, offsets relative to its start. */
export interface SentenceInput {
  text: string;
  /** Terms with offsets relative to the sentence start. */
  terms: readonly Term[];
  /** compromise's tagged document for this sentence (shared and cached: never tag or mutate it). */
  doc: SentenceDoc;
}

export interface RuleExample {
  text: string;
  /** The exact text the finding covers, for bad examples. */
  actual?: string;
  /** The first replacement the finding offers, when the rule offers one. */
  expected?: string;
  /** The customer's technicality (0..1) this example assumes; absent: no customer message. */
  technicality?: number;
}

export interface RuleExamples {
  /** Each must produce at least one finding from this rule (covering `actual` when given). */
  bad: RuleExample[];
  /** Each must produce no finding from this rule. */
  good: RuleExample[];
}

interface RuleBase {
  /** `family/name`, equal to the file path under lib/coach/rules. */
  id: string;
  severity: Severity;
  /** One line for the rule table: what the rule flags. */
  rationale: string;
  /** Why it matters to the customer (the finding's default `why`). */
  why: string;
  /** The lesson that teaches this rule: `before` is flagged by the rule, `after` is not (tests/lessons checks both). */
  lesson: RuleLesson;
  /** Whether the rule offers automatic replacements for (some of) its findings. */
  fixes: boolean;
  examples: RuleExamples;
}

export interface SentenceRule extends RuleBase {
  scope: 'sentence';
  /** The part of the context this rule reads, as a short cache key; absent: the rule reads no context. */
  contextKey?: (context: RuleContext) => string;
  check: (sentence: SentenceInput, context: RuleContext) => RuleHit[];
}

export interface DocumentRule extends RuleBase {
  scope: 'document';
  check: (text: AnalyzedText, context: RuleContext) => RuleHit[];
}

export type Rule = SentenceRule | DocumentRule;

/** A rule's lesson; its `why` is the rule's. */
export interface RuleLesson {
  title: string;
  before: string;
  after: string;
}

/** The lessons page of the extension (entrypoints/lessons); each lesson's anchor is its rule or check id. */
export const LESSON_PAGE = '/lessons.html';

export function lessonUrl(id: string): string {
  return `${LESSON_PAGE}#${id}`;
}
