/**
 * The coaching rules: an explicit registry (one import per rule file, easy to grep) and `runRules`, which runs
 * every enabled rule and turns its hits into `Finding`s with spans in UTF-16 offsets of the draft.
 *
 * Sentence-scoped rules are cached by rule id + the context they read + sentence text, so re-analysing a draft
 * after a keystroke only runs them on the sentence that changed.
 */
import { boundedCache, weakCache } from '../engine-state';
import type { AnalyzedText, Sentence } from '../text';
import type { Finding } from '../types';
import { familyOf } from './family';
import { keepOnePerStretch } from './overlaps';
import { lessonUrl, type Rule, type RuleContext, type RuleHit, type SentenceInput } from './types';

import { rule as clarityAcronyms } from './clarity/acronyms';
import { rule as clarityJargon } from './clarity/jargon';
import { rule as clarityLongSentence } from './clarity/long-sentence';
import { rule as clarityPassiveVoice } from './clarity/passive-voice';
import { rule as clarityWallOfText } from './clarity/wall-of-text';
import { rule as toneBlame } from './tone/blame';
import { rule as toneCondescension } from './tone/condescension';
import { rule as toneHedging } from './tone/hedging';
import { rule as toneMinimizing } from './tone/minimizing';
import { rule as toneNegativeFraming } from './tone/negative-framing';
import { rule as boilerplateStiffPhrases } from './boilerplate/stiff-phrases';
import { rule as boilerplateStockApology } from './boilerplate/stock-apology';
import { rule as promisesOverpromising } from './promises/overpromising';
import { rule as inclusiveAbleist } from './inclusive/ableist';
import { rule as inclusiveGenderedAddress } from './inclusive/gendered-address';
import { rule as plainIdioms } from './plain/idioms';
import { rule as datesAmbiguousDate } from './dates/ambiguous-date';
import { rule as datesMissingTimeZone } from './dates/missing-time-zone';
import { rule as shoutingCaps } from './shouting/caps';
import { rule as shoutingExclamations } from './shouting/exclamations';

export { familyOf };
export type {
  Rule,
  RuleContext,
  RuleHit,
  RuleExample,
  RuleExamples,
  SentenceRule,
  DocumentRule,
  SentenceInput,
} from './types';

export const RULES: readonly Rule[] = [
  clarityAcronyms,
  clarityJargon,
  clarityLongSentence,
  clarityPassiveVoice,
  clarityWallOfText,
  toneBlame,
  toneCondescension,
  toneHedging,
  toneMinimizing,
  toneNegativeFraming,
  boilerplateStiffPhrases,
  boilerplateStockApology,
  promisesOverpromising,
  inclusiveAbleist,
  inclusiveGenderedAddress,
  plainIdioms,
  datesAmbiguousDate,
  datesMissingTimeZone,
  shoutingCaps,
  shoutingExclamations,
];

/** Whether a rule is turned off by its id or by its family. */
export function isDisabled(ruleId: string, disabled: ReadonlySet<string>): boolean {
  return disabled.has(ruleId) || disabled.has(familyOf(ruleId));
}

/**
 * Hits of sentence rules, relative to the sentence: sentence text → (`ruleId \0 contextKey` → hits). One lookup
 * by the (long) sentence text per sentence, then short keys per rule, keeps a warm re-run cheap.
 */
const sentenceHitCache = boundedCache<string, Map<string, readonly RuleHit[]>>('rules: hits by sentence', 5_000);

function sentenceInput(sentence: Sentence): SentenceInput {
  const offset = sentence.start;
  return {
    text: sentence.text,
    doc: sentence.doc,
    terms: sentence.terms.map((term) => ({ ...term, start: term.start - offset, end: term.end - offset })),
  };
}

const hitHasFix = (hit: RuleHit) => (hit.expected?.length ?? 0) > 0;

function toFinding(rule: Rule, hit: RuleHit, draft: string, shift: number): Finding | null {
  const start = hit.start + shift;
  const end = hit.end + shift;
  // A rule bug must never produce a span that points outside the draft or an empty finding.
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > draft.length || end <= start)
    return null;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    reason: hit.reason,
    why: hit.why ?? rule.why,
    span: { start, end },
    actual: draft.slice(start, end),
    expected: hit.expected ?? [],
    url: lessonUrl(rule.id),
  };
}

type SentenceRuleOf = Extract<Rule, { scope: 'sentence' }>;

/**
 * The findings of one sentence object under one set of rules and contexts. A sentence object is reused between
 * analyses only while its text and position are unchanged (text.ts), so after a keystroke the unchanged sentences'
 * findings are taken as they are instead of being looked up rule by rule and rebuilt.
 */
const sentenceFindings = weakCache<Sentence, { signature: string; findings: readonly Finding[] }>(
  'rules: findings by sentence object',
);

function runSentenceRules(rules: SentenceRuleOf[], text: AnalyzedText, context: RuleContext, out: Finding[]): void {
  if (rules.length === 0) return;
  const ruleKeys = rules.map((rule) => `${rule.id}\u0000${rule.contextKey ? rule.contextKey(context) : ''}`);
  const signature = ruleKeys.join('\u0001');
  for (const sentence of text.sentences) {
    const known = sentenceFindings.get(sentence);
    if (known && known.signature === signature) {
      for (const finding of known.findings) out.push(finding);
      continue;
    }
    let bySentence = sentenceHitCache.get(sentence.text);
    if (!bySentence) {
      bySentence = new Map();
      sentenceHitCache.set(sentence.text, bySentence);
    }
    let input: SentenceInput | undefined;
    const findings: Finding[] = [];
    rules.forEach((rule, index) => {
      const key = ruleKeys[index]!;
      let hits = bySentence.get(key);
      if (!hits) {
        input ??= sentenceInput(sentence);
        hits = keepOnePerStretch(rule.check(input, context), (hit) => hit, hitHasFix);
        bySentence.set(key, hits);
      }
      for (const hit of hits) {
        const finding = toFinding(rule, hit, text.text, sentence.start);
        if (finding) findings.push(finding);
      }
    });
    sentenceFindings.set(sentence, { signature, findings });
    for (const finding of findings) out.push(finding);
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/** Runs every enabled rule on the analysed draft; findings sorted by span start. */
export function runRules(text: AnalyzedText, context: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const enabled = rules.filter((rule) => !isDisabled(rule.id, context.disabled));
  runSentenceRules(
    enabled.filter((rule): rule is SentenceRuleOf => rule.scope === 'sentence'),
    text,
    context,
    findings,
  );
  for (const rule of enabled) {
    if (rule.scope !== 'document') continue;
    for (const hit of keepOnePerStretch(rule.check(text, context), (hit) => hit, hitHasFix)) {
      const finding = toFinding(rule, hit, text.text, 0);
      if (finding) findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}
