/**
 * What a guideline pack costs every agent's coach, measured before the pack is accepted — by the server, the
 * dashboard, the CLI and the Vale import alike — so that no pack can freeze the coach.
 *
 * A compromise match phrase is run on a probe sentence whose terms and term arrays count every read the matcher
 * makes (`Proxy` traps): starting a match at each term copies the rest of the sentence (`terms.slice(i)`), each
 * step reads a term's word, tags or punctuation, greedy steps (`.*`, `#Noun+`) scan ahead, and `(a|b|c d)` tries
 * every choice. The count is the matcher's own work, deterministic across machines, and it is cut off at the
 * limit, so measuring an expensive phrase costs no more than measuring one at the limit. The probe is ordinary
 * support prose with the phrase's own words written into it, so a phrase cannot look cheap just by naming words
 * the probe lacks. Literal phrases run as one linear regular expression each and get a fixed cost.
 *
 * `measureGuidelinePack` works in slices of a few milliseconds and yields between them, so a server validating
 * the largest pack it accepts keeps answering other requests.
 */
import nlp from 'compromise/two';
import type { GuidelinePack, Phrase } from '../types';
import { withChunks, type SentenceDoc } from '../text';
import {
  LITERAL_PHRASE_COST,
  MAX_PACK_COST,
  MAX_PHRASE_COST,
  MAX_PHRASES_PER_PACK,
  MAX_PHRASES_PER_RULE,
  MAX_RULES_PER_PACK,
} from './limits';
import { guidelinePackShapeSchema, describeIssues, matchSyntaxProblem, packError } from './schema';

/**
 * Ordinary support prose, 60 words in one sentence without a full stop (long sentences are where matching
 * costs most). Written for this purpose; tagged once, lazily.
 */
const PROBE_TEXT =
  'thanks so much for reaching out and I am really sorry to hear that your order has not arrived yet could you ' +
  'please send me the order number and the email address on your account so that I can look into this right away ' +
  'and get it sorted for you as quickly as possible because we know how frustrating it is to wait for a refund ' +
  'when you have already been charged twice';

/** Phrase words are written over every third probe term, starting at the second. */
const WORD_STRIDE = 3;

class OverBudget extends Error {}

interface Probe {
  doc: SentenceDoc;
  /** The probe's own term objects, per compromise sentence. */
  terms: object[][];
}

let probe: Probe | undefined;

function probeDoc(): Probe {
  if (!probe) {
    const doc = nlp(PROBE_TEXT) as SentenceDoc;
    withChunks(doc);
    const document = (doc as unknown as { document: object[][] }).document;
    probe = { doc, terms: document.map((sentence) => sentence.slice()) };
  }
  return probe;
}

interface ParsedReg {
  word?: string;
  fuzzy?: boolean;
  choices?: ParsedReg[][];
}

/**
 * A fuzzy word (`~sorry~`) is compared by edit distance, work the term reads do not show: each comparison is
 * counted as one step per character of the word, for every probe term.
 */
function fuzzySteps(regs: readonly ParsedReg[], probeTerms: number): number {
  let steps = 0;
  for (const reg of regs) {
    if (reg.fuzzy && typeof reg.word === 'string') steps += reg.word.length * probeTerms;
    for (const choice of reg.choices ?? []) steps += fuzzySteps(choice, probeTerms);
  }
  return steps;
}

function wordsOf(regs: readonly ParsedReg[], into: string[] = []): string[] {
  for (const reg of regs) {
    if (typeof reg.word === 'string') into.push(reg.word);
    for (const choice of reg.choices ?? []) wordsOf(choice, into);
  }
  return into;
}

/**
 * Matcher steps of one parsed match phrase on the probe, or `limit + 1` once it passes `limit`. The probe's term
 * arrays and terms are swapped for counting proxies for the duration of one match and put back afterwards.
 */
export function matcherSteps(parsed: ReturnType<typeof nlp.parseMatch>, limit: number = MAX_PHRASE_COST): number {
  const { doc, terms } = probeDoc();
  const document = (doc as unknown as { document: object[][] }).document;
  const words = wordsOf(parsed as unknown as ParsedReg[]);
  let steps = 0;
  const count = () => {
    steps += 1;
    if (steps > limit) throw new OverBudget();
  };
  let slot = 0;
  terms.forEach((sentence, n) => {
    const counted = sentence.map((term) => {
      const word =
        slot % WORD_STRIDE === 1 ? words[Math.floor(slot / WORD_STRIDE) % Math.max(1, words.length)] : undefined;
      slot += 1;
      const overrides: Record<string, string> | undefined = word
        ? { text: word, normal: word, machine: word, root: word }
        : undefined;
      return new Proxy(term, {
        get(target, key, receiver) {
          count();
          if (overrides && typeof key === 'string' && key in overrides) return overrides[key];
          return Reflect.get(target, key, receiver);
        },
      });
    });
    document[n] = new Proxy(counted, {
      get(target, key, receiver) {
        // Index reads: what slicing and scanning a sentence cost.
        if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) count();
        return Reflect.get(target, key, receiver);
      },
    });
  });
  steps += fuzzySteps(parsed as unknown as ParsedReg[], slot);
  if (steps > limit) return limit + 1;
  try {
    doc.match(parsed);
    return steps;
  } catch (error) {
    if (error instanceof OverBudget) return limit + 1;
    throw error;
  } finally {
    terms.forEach((sentence, n) => (document[n] = sentence));
  }
}

export interface PhraseCost {
  /** Matcher steps on the probe (a literal phrase: LITERAL_PHRASE_COST). */
  steps: number;
  /** Why the phrase is refused (syntax, or over MAX_PHRASE_COST), or null. */
  problem: string | null;
}

/** The cost of one phrase, with its syntax checked first (a phrase that does not parse is never run). */
export function phraseCost(phrase: Phrase): PhraseCost {
  if (typeof phrase === 'string') return { steps: LITERAL_PHRASE_COST, problem: null };
  const syntax = matchSyntaxProblem(phrase.match);
  if (syntax) return { steps: 0, problem: syntax };
  const steps = matcherSteps(nlp.parseMatch(phrase.match));
  if (steps > MAX_PHRASE_COST) {
    return {
      steps,
      problem: `this match phrase makes the matcher do more than ${MAX_PHRASE_COST.toLocaleString('en')} steps on a 60-word sentence (the limit); use fewer greedy parts (".*", "+") and fewer choices, or split it into several phrases`,
    };
  }
  return { steps, problem: null };
}

export interface PackCostIssue {
  /** Where in the pack, as zod reports paths: ["rules", 3, "phrases", 0, "match"]; [] for the pack as a whole. */
  path: Array<string | number>;
  message: string;
}

export interface PackCost {
  /** Total cost of every phrase in the pack. */
  steps: number;
  rules: number;
  phrases: number;
  /** What is over the budget or does not parse, each with its path. */
  issues: PackCostIssue[];
}

function rulePhrases(rule: GuidelinePack['rules'][number]): Array<{ path: Array<string | number>; phrase: Phrase }> {
  if (rule.kind === 'prefer') return [{ path: ['term'], phrase: rule.term }];
  if (rule.kind === 'avoid' || rule.kind === 'require')
    return rule.phrases.map((phrase, i) => ({ path: ['phrases', i], phrase }));
  return [];
}

/** How long one slice of work may hold the thread before `measureGuidelinePack` yields. */
const SLICE_MS = 4;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The measuring itself, as a generator that yields after each phrase so the caller decides when to let the
 * event loop in: `measureGuidelinePack` (slices that yield) or `measureGuidelinePackSync` (CLI, import).
 */
function* measuring(pack: GuidelinePack): Generator<void, PackCost> {
  const issues: PackCostIssue[] = [];
  let steps = 0;
  let phrases = 0;
  if (pack.rules.length > MAX_RULES_PER_PACK)
    issues.push({ path: ['rules'], message: `${pack.rules.length} rules; a pack holds at most ${MAX_RULES_PER_PACK}` });
  for (const [index, rule] of pack.rules.entries()) {
    const own = rulePhrases(rule);
    if (own.length > MAX_PHRASES_PER_RULE)
      issues.push({
        path: ['rules', index, 'phrases'],
        message: `${own.length} phrases; a rule lists at most ${MAX_PHRASES_PER_RULE}`,
      });
    phrases += own.length;
    for (const { path, phrase } of own) {
      const cost = phraseCost(phrase);
      steps += cost.steps;
      if (cost.problem)
        issues.push({
          path: ['rules', index, ...path, ...(typeof phrase === 'string' ? [] : ['match'])],
          message: cost.problem,
        });
      yield;
    }
    if (steps > MAX_PACK_COST || phrases > MAX_PHRASES_PER_PACK) break;
  }
  if (phrases > MAX_PHRASES_PER_PACK)
    issues.push({
      path: ['rules'],
      message: `more than ${MAX_PHRASES_PER_PACK.toLocaleString('en')} phrases; split the pack into several`,
    });
  if (steps > MAX_PACK_COST) {
    issues.push({
      path: ['rules'],
      message: `the phrases cost more than ${MAX_PACK_COST.toLocaleString('en')} matcher steps together (the limit for one pack); remove or simplify match phrases, or use plain phrases, which cost ${LITERAL_PHRASE_COST} each`,
    });
  }
  return { steps, rules: pack.rules.length, phrases, issues };
}

/**
 * Measures a pack that already has the right shape (guidelinePackShapeSchema): every phrase's syntax and cost,
 * the phrase and rule counts and the pack's total. Stops measuring once the pack is over its limit; never holds
 * the thread for much more than `sliceMs` at a time.
 */
export async function measureGuidelinePack(pack: GuidelinePack, options: { sliceMs?: number } = {}): Promise<PackCost> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const steps = measuring(pack);
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** The same measurement in one go, for callers that own their thread (the CLI, an import in a worker). */
export function measureGuidelinePackSync(pack: GuidelinePack): PackCost {
  const steps = measuring(pack);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The one check every writer of packs awaits — server, dashboard, CLI, Vale import: the pack's shape, then its
 * match syntax and cost in slices that yield. Throws a `GuidelinePackError` naming each bad rule and field.
 */
export async function checkGuidelinePack(
  json: unknown,
  options: { sliceMs?: number } = {},
): Promise<{ pack: GuidelinePack; cost: PackCost }> {
  const shape = guidelinePackShapeSchema.safeParse(json);
  if (!shape.success) throw packError(json, describeIssues(shape.error.issues, json));
  const cost = await measureGuidelinePack(shape.data, options);
  if (cost.issues.length > 0) throw packError(json, describeIssues(cost.issues, json));
  return { pack: shape.data, cost };
}

/** `checkGuidelinePack` in one go: shape, syntax and cost; throws a `GuidelinePackError`. */
export function checkGuidelinePackSync(json: unknown): { pack: GuidelinePack; cost: PackCost } {
  const shape = guidelinePackShapeSchema.safeParse(json);
  if (!shape.success) throw packError(json, describeIssues(shape.error.issues, json));
  const cost = measureGuidelinePackSync(shape.data);
  if (cost.issues.length > 0) throw packError(json, describeIssues(cost.issues, json));
  return { pack: shape.data, cost };
}
