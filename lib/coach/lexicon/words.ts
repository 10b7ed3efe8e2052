/**
 * Content words and a light stemmer, used to compare what the customer wrote with what the draft says
 * (restatement, question mapping, personalisation). The stemmer is deliberately small and symmetric — both sides
 * go through it — because compromise's own root computation costs ~2 ms per sentence, too much per keystroke.
 */
import type { Term } from '../text';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each else even ever every few for from further get gets got
  had has have having he her here hers herself him himself his how i if in into is it its itself just let lets like
  me more most much must my myself no nor not now of off on once only or other ought our ours ourselves out over own
  please really same shall she should so some such than that the their theirs them themselves then there these they
  this those though through to too under until up upon us very via was we well were what when where which while who
  whom whose why will with would yet you your yours yourself yourselves hi hello hey dear thanks thank regards best
  cheers ok okay yes yeah sure one thing things something anything everything nothing lot lots bit way time today
  know think want need going go make made say said tell told see seem seems still already actually maybe perhaps
  always never again back able try tried trying use used using help sorry`
    .split(/\s+/)
    .filter(Boolean),
);

const FUNCTION_TAGS = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
  'Negative',
  'QuestionWord',
];

const IRREGULAR: Readonly<Record<string, string>> = {
  went: 'go',
  gone: 'go',
  done: 'do',
  did: 'do',
  made: 'make',
  paid: 'pay',
  sent: 'send',
  bought: 'buy',
  got: 'get',
  gotten: 'get',
  lost: 'lose',
  broke: 'break',
  broken: 'break',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  left: 'leave',
  felt: 'feel',
  kept: 'keep',
  came: 'come',
  told: 'tell',
  said: 'say',
  thought: 'think',
  brought: 'bring',
  children: 'child',
  people: 'person',
  men: 'man',
  women: 'woman',
  wrote: 'write',
  written: 'write',
  ran: 'run',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  began: 'begin',
  begun: 'begin',
  froze: 'freeze',
  frozen: 'freeze',
  stole: 'steal',
  stolen: 'steal',
  better: 'good',
  worse: 'bad',
  worst: 'bad',
  best: 'good',
};

/** A rough lemma: irregular forms, then common English suffixes. Equal stems mean "the same word" for overlap. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  const irregular = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  if (irregular) return irregular;
  if (lower.length <= 3) return lower;
  let base = lower;
  if (/ies$/.test(base) && base.length > 4) base = base.slice(0, -3) + 'y';
  else if (/(sses|shes|ches|xes|zes)$/.test(base)) base = base.slice(0, -2);
  else if (/[^su]s$/.test(base)) base = base.slice(0, -1);
  if (/ing$/.test(base) && base.length > 5) base = base.slice(0, -3);
  else if (/ied$/.test(base) && base.length > 4) base = base.slice(0, -3) + 'y';
  else if (/ed$/.test(base) && base.length > 4) base = base.slice(0, -2);
  else if (/ly$/.test(base) && base.length > 5) base = base.slice(0, -2);
  // "stopped" → "stopp" → "stop"; "charged" → "charg", "charge" → "charg" (drop a final e so both agree).
  if (/([^aeiouls])\1$/.test(base)) base = base.slice(0, -1);
  if (/e$/.test(base) && base.length > 3) base = base.slice(0, -1);
  return base;
}

/** True when the term carries meaning of its own (not a pronoun, article, auxiliary or stop word). */
export function isContentTerm(term: Term): boolean {
  const normal = term.normal;
  if (normal.length < 2 || !/[\p{L}\p{N}]/u.test(normal)) return false;
  if (STOP_WORDS.has(normal)) return false;
  for (const tag of FUNCTION_TAGS) if (term.tags.has(tag)) return false;
  return true;
}

/** Stems of the content words among these terms, in order, with repeats. */
export function contentStems(terms: readonly Term[]): string[] {
  const stems: string[] = [];
  for (const term of terms) if (isContentTerm(term)) stems.push(stem(term.normal));
  return stems;
}
