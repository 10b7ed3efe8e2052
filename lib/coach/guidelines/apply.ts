/**
 * Turns a team's guideline packs into findings on a draft: `avoid` and `prefer` phrases, `require`d greetings,
 * sign-offs and phrases, and `limit`s on sentence length, paragraph length, draft length and reading grade.
 */
import { syllable } from 'syllable';
import { boundedCache } from '../engine-state';
import type { AnalyzedText, Sentence } from '../text';
import type { Finding, GuidelinePack, GuidelineRule, GuidelineSkip, Phrase, Severity, Span } from '../types';
import { isDisabled, type RuleContext } from '../rules';
import { keepOnePerStretch } from '../rules/overlaps';
import { matchCase } from '../rules/phrases';
import { findPhrase, phraseWithin } from './match';

const findingHasFix = (finding: Finding) => finding.expected.length > 0;

type RuleOf<K extends GuidelineRule['kind']> = Extract<GuidelineRule, { kind: K }>;

interface Emit {
  (span: Span, reason: string, expected?: string[]): void;
}

/** How many sentences at the end of a draft a sign-off may occupy ("Best regards," / "Anna"). */
const CLOSING_SENTENCES = 3;
/** Reading-grade formulas say little about a few words; below this the `reading-grade` limit is not applied. */
const MIN_WORDS_FOR_GRADE = 20;

function phraseLabel(phrase: Phrase): string {
  return typeof phrase === 'string' ? phrase : phrase.match;
}

/** Vale-style messages: `%s` placeholders are filled in order. */
function fillMessage(message: string, values: string[]): string {
  let index = 0;
  return message.replace(/%s/gu, () => values[Math.min(index++, values.length - 1)] ?? '');
}

function wordTerms(sentence: Sentence) {
  return sentence.terms.filter((term) => /[\p{L}\p{N}]/u.test(term.text));
}

function gradeOf(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Syllables per sentence text: counting is the costly part of a reading grade, and sentences repeat per keystroke. */
const syllableCache = boundedCache<string, number>('guidelines: syllables by word', 5_000);

function sentenceSyllables(sentence: Sentence): number {
  let count = syllableCache.get(sentence.text);
  if (count === undefined) {
    count = wordTerms(sentence).reduce((sum, term) => sum + Math.max(1, syllable(term.normal || term.text)), 0);
    syllableCache.set(sentence.text, count);
  }
  return count;
}

function trimmed(text: string, span: Span): Span {
  const slice = text.slice(span.start, span.end);
  const start = span.start + (slice.length - slice.trimStart().length);
  return { start, end: Math.max(start, span.end - (slice.length - slice.trimEnd().length)) };
}

function applyAvoid(text: AnalyzedText, rule: RuleOf<'avoid'>, clock: PackClock | undefined, emit: Emit): void {
  for (const phrase of rule.phrases) {
    for (const span of findPhrase(text, phrase, clock)) {
      const actual = text.text.slice(span.start, span.end);
      emit(
        span,
        fillMessage(rule.message, [actual]),
        (rule.replacements ?? []).map((replacement) => matchCase(replacement, actual)),
      );
    }
  }
}

function applyPrefer(text: AnalyzedText, rule: RuleOf<'prefer'>, clock: PackClock | undefined, emit: Emit): void {
  for (const span of findPhrase(text, rule.term, clock)) {
    const actual = text.text.slice(span.start, span.end);
    if (actual === rule.preferred) continue;
    const startsUpper = /^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(rule.preferred);
    const preferred = startsUpper ? rule.preferred.charAt(0).toUpperCase() + rule.preferred.slice(1) : rule.preferred;
    if (actual === preferred) continue;
    const reason = rule.message
      ? fillMessage(rule.message, [preferred, actual])
      : `Use “${preferred}” instead of “${actual}”`;
    emit(span, reason, [preferred]);
  }
}

function regionFor(text: AnalyzedText, where: RuleOf<'require'>['where']): Span | null {
  const sentences = text.sentences;
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return null;
  if (where === 'anywhere') return { start: 0, end: text.text.length };
  if (where === 'greeting') return { start: first.start, end: first.end };
  const closingStart = sentences[Math.max(0, sentences.length - CLOSING_SENTENCES)] ?? first;
  return { start: closingStart.start, end: last.end };
}

function applyRequire(text: AnalyzedText, rule: RuleOf<'require'>, clock: PackClock | undefined, emit: Emit): void {
  const region = regionFor(text, rule.where);
  if (!region) return;
  if (rule.phrases.some((phrase) => phraseWithin(text, phrase, region, clock))) return;
  const anchor = rule.where === 'greeting' ? text.sentences[0] : text.sentences[text.sentences.length - 1];
  if (!anchor) return;
  const accepted = rule.phrases
    .map(phraseLabel)
    .map((label) => `“${label}”`)
    .join(', ');
  emit(trimmed(text.text, anchor), `${rule.message} (accepted: ${accepted})`);
}

function applyLimit(text: AnalyzedText, rule: RuleOf<'limit'>, emit: Emit): void {
  const say = (fallback: string, value: string) => (rule.message ? fillMessage(rule.message, [value]) : fallback);
  switch (rule.metric) {
    case 'sentence-words':
      for (const sentence of text.sentences) {
        const words = wordTerms(sentence).length;
        if (words > rule.max)
          emit(
            trimmed(text.text, sentence),
            say(`This sentence has ${words} words; your team's limit is ${rule.max}`, String(words)),
          );
      }
      return;
    case 'paragraph-sentences':
      text.paragraphs.forEach((paragraph, index) => {
        const count = text.sentences.filter((sentence) => sentence.paragraph === index).length;
        if (count > rule.max)
          emit(
            paragraph,
            say(`This paragraph has ${count} sentences; your team's limit is ${rule.max}`, String(count)),
          );
      });
      return;
    case 'draft-words': {
      const words = text.sentences.flatMap(wordTerms);
      const firstOver = words[Math.floor(rule.max)];
      if (words.length > rule.max && firstOver) {
        emit(
          trimmed(text.text, { start: firstOver.start, end: text.text.length }),
          say(`The reply has ${words.length} words; your team's limit is ${rule.max}`, String(words.length)),
        );
      }
      return;
    }
    case 'reading-grade': {
      const words = text.sentences.reduce((sum, sentence) => sum + wordTerms(sentence).length, 0);
      if (words < MIN_WORDS_FOR_GRADE) return;
      const syllables = text.sentences.reduce((sum, sentence) => sum + sentenceSyllables(sentence), 0);
      const grade = gradeOf(words, text.sentences.length, syllables);
      if (grade <= rule.max) return;
      // Point at the hardest sentence: that is where a rewrite lowers the grade most.
      let hardest: Sentence | undefined;
      let hardestGrade = -Infinity;
      for (const sentence of text.sentences) {
        const sentenceGrade = gradeOf(wordTerms(sentence).length, 1, sentenceSyllables(sentence));
        if (sentenceGrade > hardestGrade) [hardest, hardestGrade] = [sentence, sentenceGrade];
      }
      if (!hardest) return;
      const shown = grade.toFixed(1);
      emit(
        trimmed(text.text, hardest),
        say(`Reading grade ${shown} is above your team's limit of ${rule.max}; this is the hardest sentence`, shown),
      );
      return;
    }
  }
}

const DEFAULT_SEVERITY: Record<GuidelineRule['kind'], Severity> = {
  avoid: 'warning',
  prefer: 'suggestion',
  require: 'warning',
  limit: 'suggestion',
};

function defaultWhy(pack: GuidelinePack): string {
  return `Your team agreed on this in “${pack.name}”, so every customer hears one consistent voice.`;
}

function applyRule(text: AnalyzedText, rule: GuidelineRule, clock: PackClock | undefined, emit: Emit): void {
  switch (rule.kind) {
    case 'avoid':
      return applyAvoid(text, rule, clock, emit);
    case 'prefer':
      return applyPrefer(text, rule, clock, emit);
    case 'require':
      return applyRequire(text, rule, clock, emit);
    case 'limit':
      return applyLimit(text, rule, emit);
  }
}

/** Thrown from inside a rule when its pack's share of the time budget is used up. */
class PackOutOfTime extends Error {}

/** A pack's share of the team-rules budget on one draft: `check()` throws once its deadline has passed. */
export interface PackClock {
  check(): void;
}

function packClock(deadline: number, now: () => number): PackClock {
  return {
    check() {
      if (now() > deadline) throw new PackOutOfTime();
    },
  };
}

/** What became of one pack on this draft; `skipped` when it ran out of time and its remaining rules did not run. */
export interface AppliedPack {
  id: string;
  version: number;
  skipped?: GuidelineSkip;
}

export interface TeamRulesBudget {
  /** Milliseconds for all packs on this draft, shared out equally; a pack does not inherit another's unused time. */
  totalMs: number;
  /** The clock (performance.now by default). */
  now?: () => number;
}

function findingOf(
  pack: GuidelinePack,
  rule: GuidelineRule,
  ruleId: string,
  text: AnalyzedText,
  span: Span,
  reason: string,
  expected: string[],
): Finding {
  return {
    ruleId,
    severity: rule.severity ?? DEFAULT_SEVERITY[rule.kind],
    reason,
    why: rule.why ?? defaultWhy(pack),
    span: { start: span.start, end: span.end },
    actual: text.text.slice(span.start, span.end),
    expected,
    ...(rule.url ? { url: rule.url } : {}),
    source: pack.id,
  };
}

/**
 * Findings of every rule of every pack (ruleId `guideline/<rule id>`, `source` the pack id), sorted by span, and
 * what became of each pack. A rule is skipped when the context disables `guideline/<rule id>` or the whole
 * `guideline` family. With a budget, each pack gets `totalMs / packs` of the draft's time: a pack still running
 * past its share keeps the findings of the rules it finished, and the rest of it is skipped for this draft —
 * a slow pack costs the coach a bounded moment, never a freeze, and the report says which pack it was.
 */
export function applyGuidelinesWithin(
  text: AnalyzedText,
  packs: GuidelinePack[],
  context: RuleContext,
  budget?: TeamRulesBudget,
): { findings: Finding[]; packs: AppliedPack[] } {
  const findings: Finding[] = [];
  const applied: AppliedPack[] = [];
  const now = budget?.now ?? (() => performance.now());
  const shareMs =
    budget && packs.length > 0 && Number.isFinite(budget.totalMs) ? budget.totalMs / packs.length : Infinity;
  for (const pack of packs) {
    const clock = Number.isFinite(shareMs) ? packClock(now() + shareMs, now) : undefined;
    let rulesApplied = 0;
    try {
      for (const rule of pack.rules) {
        clock?.check();
        const ruleId = `guideline/${rule.id}`;
        if (!isDisabled(ruleId, context.disabled)) {
          const own: Finding[] = [];
          applyRule(text, rule, clock, (span, reason, expected = []) => {
            if (span.end <= span.start || span.start < 0 || span.end > text.text.length) return;
            own.push(findingOf(pack, rule, ruleId, text, span, reason, expected));
          });
          // A rule's findings count only once the rule has finished: an interrupted rule reports nothing.
          findings.push(...keepOnePerStretch(own, (finding) => finding.span, findingHasFix));
        }
        rulesApplied += 1;
      }
      applied.push({ id: pack.id, version: pack.version });
    } catch (error) {
      if (!(error instanceof PackOutOfTime)) throw error;
      applied.push({
        id: pack.id,
        version: pack.version,
        skipped: {
          reason: 'time-budget',
          rulesApplied,
          rules: pack.rules.length,
          budgetMs: Math.round(shareMs * 10) / 10,
        },
      });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, packs: applied };
}

/** Findings of every rule of every pack, without a time budget (see applyGuidelinesWithin). */
export function applyGuidelines(text: AnalyzedText, packs: GuidelinePack[], context: RuleContext): Finding[] {
  return applyGuidelinesWithin(text, packs, context).findings;
}

/** Built-in rule ids and families the packs turn off, merged (for `RuleContext.disabled`). */
export function disabledByPacks(packs: GuidelinePack[]): string[] {
  return [...new Set(packs.flatMap((pack) => pack.disable ?? []))];
}
