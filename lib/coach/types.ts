/**
 * The coaching engine's public data shapes. The CLI's JSON output, the side panel, the dashboard preview and
 * the sync events all consume these — field names are a public interface: change them only with care.
 */

/** UTF-16 offsets into a text; `text.slice(start, end)` is the covered text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'suggestion';

/** A finding about the draft, modelled on vfile messages. */
export interface Finding {
  /** `family/name`, equal to the rule's file path under lib/coach/rules (or `guideline/<pack rule id>`). */
  ruleId: string;
  severity: Severity;
  /** One line: what is wrong here. */
  reason: string;
  /** Why it matters to the customer. */
  why: string;
  span: Span;
  /** `draft.slice(span.start, span.end)`. */
  actual: string;
  /** Replacements for `actual`; empty means there is no automatic fix. */
  expected: string[];
  /** Link to the rule's lesson, when it has one. */
  url?: string;
  /** Guideline pack that produced this finding, for team rules. */
  source?: string;
}

export type Emotion = 'frustrated' | 'angry' | 'anxious' | 'confused' | 'disappointed' | 'urgent' | 'grateful';

export interface EmotionReading {
  emotion: Emotion;
  /** 0..1 */
  intensity: number;
  /** The words in the customer's message that show it. */
  evidence: Array<Span & { text: string }>;
}

/**
 * Pressure in the customer's message. Besides shouting, "!!!", repeat contact, deadlines, money, business impact and
 * threats to leave: demands ("Fix it."), accusations ("You know this."), sarcasm ("Thanks for nothing") and sad
 * or angry faces (":(", ":'(", "😡").
 */
export type StressKind =
  | 'shouting'
  | 'repeated-punctuation'
  | 'repeat-contact'
  | 'deadline'
  | 'money'
  | 'business-impact'
  | 'threat-to-leave'
  | 'demand'
  | 'accusation'
  | 'sarcasm'
  | 'sad-face';

export interface StressSignal {
  kind: StressKind;
  text: string;
  span: Span;
}

export interface CustomerQuestion {
  /** The question as the customer wrote it (a sentence or clause of their message). */
  text: string;
  span: Span;
  /** explicit: ends in "?"; implicit: "I need to know whether…"; request: "please help", "open my channel back". */
  kind: 'explicit' | 'implicit' | 'request';
  /** Key content words used to match the draft. */
  keywords: string[];
}

export type SpecificKind = 'name' | 'order-number' | 'product' | 'date' | 'amount' | 'email' | 'other';

export interface Specific {
  kind: SpecificKind;
  text: string;
  span: Span;
}

/** What went wrong, as a small typed set a reply can be written from. */
export type ProblemKind =
  'not-arrived' | 'charged-wrongly' | 'account-access' | 'broken' | 'missing' | 'slow' | 'disagree' | 'how-to';

export type ImpactKind = 'deadline' | 'money' | 'business' | 'health';

/** The customer's problem as structure: what it is about, what went wrong, what it costs them, and its history. */
export interface ProblemDetail {
  /** A noun phrase as the agent would say it: "your Google account", "order A-20931", "the Dropbox camera upload". */
  topic: string | null;
  kind: ProblemKind | null;
  impact: ImpactKind[];
  /** They say they asked or wrote before ("still", "again", "third time"). */
  askedBefore: boolean;
  /** What happened, finer than `kind` ("hacked" and "locked-out" are both account-access); null when unknown. */
  situation: ProblemSituation | null;
  /** The topic takes a plural verb ("your photos are"), so sentences written from it agree. */
  topicPlural: boolean;
}

/** The typed situations behind `ProblemDetail.kind` (lib/coach/lexicon/situations.ts has their patterns). */
export type ProblemSituation =
  | 'hacked'
  | 'locked-out'
  | 'suspended'
  | 'charged-wrongly'
  | 'refund'
  | 'not-arrived'
  | 'crashes'
  | 'error'
  | 'not-working'
  | 'lost-data'
  | 'missing'
  | 'slow'
  | 'decision'
  | 'how-to';

export interface CustomerAnalysis {
  emotions: EmotionReading[];
  /** The strongest emotion, or null when the message is neutral. */
  primaryEmotion: Emotion | null;
  /** 0..1: how upset, anxious or stressed the customer is overall. */
  distress: number;
  stress: StressSignal[];
  questions: CustomerQuestion[];
  specifics: Specific[];
  /** The customer's name when they signed or introduced themselves, or the helpdesk supplied it. */
  name: string | null;
  /** 0..1: how technical the customer writes (jargon is fine for a technical reader). */
  technicality: number;
  /** The customer's problem in a few words ("the export failed"), when it can be found: a readable fragment built from `problemDetail`. */
  problem: string | null;
  /** The problem as structure; null when the message states none. */
  problemDetail: ProblemDetail | null;
  /** The customer needs their feelings or situation acknowledged (upset, pressed, or in a distressing situation). */
  upset: boolean;
}

export type CheckStatus = 'present' | 'missing' | 'not-needed';

export interface Check {
  status: CheckStatus;
  needed: boolean;
  /** Spans of the draft that show the check is met. */
  evidence: Span[];
  why: string;
}

export interface QuestionsCheck extends Check {
  asked: CustomerQuestion[];
  /** Each answered question with the part of the draft that addresses it. */
  answered: Array<{ question: CustomerQuestion; answer: Span }>;
  unanswered: CustomerQuestion[];
}

/** One next step the draft announces: what happens, who does it, when. */
export interface NextStep {
  /** The sentence announcing it. */
  what: string;
  /** The actor as written ("i", "we", "our team", "you"), or null when the sentence does not say. */
  who: string | null;
  /** The time phrase ("by Friday", "within 24 hours"), or null when the sentence does not say. */
  when: string | null;
  span: Span;
}

export interface NextStepsCheck extends Check {
  steps: NextStep[];
}

export interface Checks {
  acknowledgement: Check;
  reassurance: Check;
  restatement: Check;
  questions: QuestionsCheck;
  nextSteps: NextStepsCheck;
  personalization: Check;
  greeting: Check;
  closing: Check;
}

export type CheckId = keyof Checks;

/** Every check, in the Report's order: the one list the CLI, progress records and their CSV export iterate. */
export const CHECK_IDS: readonly CheckId[] = [
  'acknowledgement',
  'reassurance',
  'restatement',
  'questions',
  'nextSteps',
  'personalization',
  'greeting',
  'closing',
];

/** A sentence ready to insert, written from this customer's message. */
export interface Suggestion {
  kind: 'acknowledgement' | 'reassurance';
  text: string;
  /** Why this sentence fits this customer ("they are anxious about a deadline"). */
  basis: string;
}

export interface ScorePart {
  id: string;
  label: string;
  points: number;
  max: number;
  /** Plain words: why these points were given or withheld. */
  note: string;
}

export interface Score {
  /** 0..100 */
  total: number;
  breakdown: ScorePart[];
}

export interface Readability {
  /** US school grade (Flesch–Kincaid). */
  grade: number;
  words: number;
  sentences: number;
  /** Average words per sentence. */
  wordsPerSentence: number;
}

export interface Report {
  /** Engine version, so stored reports and events say which engine produced them. */
  version: string;
  customer: CustomerAnalysis | null;
  checks: Checks;
  findings: Finding[];
  suggestions: Suggestion[];
  score: Score;
  readability: Readability;
  /** Ids and versions of the guideline packs applied; `skipped` when a pack ran out of time on this draft. */
  guidelines: Array<{ id: string; version: number; skipped?: GuidelineSkip }>;
  /** Time spent in analyse(), in milliseconds. */
  elapsedMs: number;
}

/** A guideline pack that used up its share of the team-rules time budget: its remaining rules did not run. */
export interface GuidelineSkip {
  reason: 'time-budget';
  /** Rules that ran before the time was up (their findings are in the report). */
  rulesApplied: number;
  rules: number;
  /** The pack's share of the budget on this draft. */
  budgetMs: number;
}

/** A phrase in a guideline pack: literal text, or compromise match syntax when `match` is true. */
export type Phrase = string | { match: string };

/** Fields every guideline rule may carry. */
interface GuidelineRuleBase {
  /** Unique within its pack; findings carry `guideline/<id>`. */
  id: string;
  why?: string;
  severity?: Severity;
  /** The team's own page about this rule (e.g. a Vale rule's `link`). */
  url?: string;
}

export type GuidelineRule =
  | (GuidelineRuleBase & {
      kind: 'avoid';
      phrases: Phrase[];
      /** `%s` is replaced by the matched text. */
      message: string;
      replacements?: string[];
    })
  | (GuidelineRuleBase & {
      kind: 'prefer';
      term: Phrase;
      preferred: string;
      /** The first `%s` is replaced by the preferred term, the second by the matched text (Vale's order). */
      message?: string;
    })
  | (GuidelineRuleBase & {
      kind: 'require';
      /** Where the phrase must appear. */
      where: 'greeting' | 'closing' | 'anywhere';
      phrases: Phrase[];
      message: string;
    })
  | (GuidelineRuleBase & {
      kind: 'limit';
      metric: 'sentence-words' | 'reading-grade' | 'paragraph-sentences' | 'draft-words';
      max: number;
      message?: string;
    });

export interface GuidelinePack {
  id: string;
  name: string;
  version: number;
  description?: string;
  /** Built-in rule ids or families turned off for the team (e.g. "clarity/passive-voice", "inclusive"). */
  disable?: string[];
  rules: GuidelineRule[];
  /** What an import (e.g. from Vale) skipped or changed, and why. */
  notes?: string[];
}

export interface AnalyzeInput {
  draft: string;
  customer?: string | null;
  /** The customer's name when the helpdesk shows it. */
  customerName?: string | null;
  guidelines?: GuidelinePack[];
  /** Rule ids or families the agent turned off. */
  disabledRules?: string[];
  /** The team's voice for suggested sentences; 'warm' when not given. */
  tone?: Tone;
  /**
   * Milliseconds team guideline packs may take on this draft, shared between them (TEAM_RULES_BUDGET_MS when not
   * given); `Infinity` for batch tools (the CLI, the evaluation), where no one is waiting at a keyboard.
   */
  teamRulesBudgetMs?: number;
}

export type Tone = 'warm' | 'formal' | 'casual';
