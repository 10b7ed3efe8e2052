/**
 * Topics that are something the customer does rather than a thing: "sharing images in Lightroom", "transferring
 * your character", "annotating your screen". A verb the customer is trying, asking how, or failing to do, followed
 * by the thing it acts on, becomes a gerund phrase ("how can I annotate my screen" → "annotating your screen").
 * The thing itself stays a candidate too; the learned weights choose between them.
 */
import nlp from 'compromise/two';
import { valence } from '../lexicon/sentiment';
import { LEXICON as lexicon, type Sentence, type Term } from '../text';
import type { Candidate } from './topic';

/** Verbs that say little on their own ("getting the update", "using the app"): the thing they act on says it. */
const LIGHT_VERBS = new Set(
  `be have do go get try say tell keep make let want need wait start stop come see look seem feel think know use
  give take put ask call help like love hate hope mean work happen show set run leave turn play watch pay buy
  order receive send check`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words between the verb and its thing: "connecting to", "signing in to", "getting out of". */
const LINKS = new Set(['to', 'from', 'out', 'off', 'on', 'in', 'into', 'onto', 'with', 'up', 'over', 'of', 'for']);

/** What comes before an infinitive the customer is trying or failing to do: "to", "can't", "how do I". */
const TRYING = new Set([
  'trying',
  'try',
  'tried',
  'attempting',
  'want',
  'wanted',
  'need',
  'needed',
  'able',
  'unable',
  'how',
  // "is there a way to |pause| my membership", "any way to |transfer| a repo".
  'way',
]);

interface VerbTransforms {
  methods: { two: { transform: { verb: { conjugate(verb: string, model: unknown): { Gerund?: string } } } } };
  model: unknown;
}
const world = nlp.world() as unknown as VerbTransforms;

/** "transfer" → "transferring", by compromise's own conjugation rules (a word alone is not tagged reliably). */
function gerundOf(infinitive: string): string | null {
  // "not establishment network tv": a verb's noun ("establishment", "payment") that compromise read as a verb.
  if (/\p{Ll}{3}ment$/u.test(infinitive) && lexicon[infinitive.replace(/ment$/, '')] === 'Infinitive') return null;
  const gerund = world.methods.two.transform.verb.conjugate(infinitive, world.model).Gerund;
  // A form that lost the verb's stem or its ending ("sync" → "sync") is a rule misfiring: say nothing.
  const stem = infinitive.replace(/e$/, '');
  return gerund && /^\p{Ll}+ing$/u.test(gerund) && gerund.startsWith(stem) ? gerund : null;
}

const isAuxiliary = (term: Term | undefined) =>
  term !== undefined &&
  (term.tags.has('Copula') ||
    term.tags.has('Auxiliary') ||
    /^(?:keep|keeps|kept|stop|stopped|been)$/.test(term.normal));

/** An infinitive the customer tries, asks how to do, or can't do: "trying to share", "can't unenroll", "how can I annotate". */
function isTried(terms: readonly Term[], index: number): boolean {
  const before = terms.slice(0, index).filter((term) => !term.tags.has('Adverb'));
  const previous = before[before.length - 1];
  if (!previous) return false;
  if (previous.normal === 'to') {
    const opener = before[before.length - 2];
    return opener !== undefined && (TRYING.has(opener.normal) || opener.normal === 'me' || opener.normal === 'help');
  }
  if (
    previous.tags.has('Negative') ||
    (previous.tags.has('Modal') && /n['’]?t$|not$/.test(previous.text.toLowerCase()))
  )
    return true;
  // "how can I annotate", "how on earth do I submit", "why can't I stream", and an asked "can I split", "could we move".
  if (/^(?:i|we)$/.test(previous.normal)) {
    const asking = before[before.length - 2];
    if (asking?.tags.has('Modal') && /^(?:can|could)$/.test(asking.normal)) return true;
    return before.slice(-6, -1).some((term) => term.normal === 'how' || term.tags.has('Negative'));
  }
  return previous.normal === 'me' && before[before.length - 2]?.normal === 'help';
}

/** The infinitives a gerund may come from: "sharing" → share, "getting" → get, "asking" → ask. */
function rootsOf(gerund: string): string[] {
  const stem = gerund.replace(/ing$/, '');
  return [stem, `${stem}e`, /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : stem];
}

/** "seeing", "getting", "trying": a light verb's -ing form says what someone does, never names a thing. */
export const isLightGerund = (word: string): boolean =>
  /^\p{Ll}{2,}ing$/u.test(word) && rootsOf(word).some((root) => LIGHT_VERBS.has(root));

/**
 * Light verbs that with a particle are verbs of their own ("setting up the printer" says what "setting the printer"
 * doesn't). Only these: compromise tags many a preposition a particle ("working |in| my account").
 */
const PHRASAL = new Set(['set up', 'check out', 'check in', 'turn on', 'turn off', 'start up', 'sign up', 'pay off']);

function isLight(root: string, next: Term | undefined): boolean {
  return LIGHT_VERBS.has(root) && !(next?.tags.has('Particle') === true && PHRASAL.has(`${root} ${next.normal}`));
}

/** Verbs that say when something else is done: "they started |charging| a fee" is theirs to do, not the customer's. */
const ASPECT = /^(?:start|starts|started|begin|begins|began|begun|continue|continues|continued)$/;

/** One of the four words before `index` is one of `words`: who the verb there is said of ("I started uploading"). */
const saidBy = (terms: readonly Term[], index: number, words: RegExp): boolean =>
  terms.slice(Math.max(0, index - 4), index).some((term) => words.test(term.normal));

const FIRST_PERSON = /^(?:i|we)$/;

/**
 * A gerund after an article, a possessive, an adjective or a name modifies the noun after it: "the |loading| screen",
 * "my |cleaning| supplies", "Apple |phishing| page". It names a kind of thing, not something anyone does.
 */
const inNounPhrase = (previous: Term | undefined): boolean =>
  previous !== undefined &&
  !endsClause(previous) &&
  (previous.tags.has('Determiner') ||
    previous.tags.has('Possessive') ||
    previous.tags.has('Adjective') ||
    (previous.tags.has('ProperNoun') && /^\p{Lu}/u.test(previous.text)));

function verbWord(term: Term, terms: readonly Term[], index: number): string | null {
  const word = term.normal.replace(/[^\p{L}]/gu, '');
  // A verb of clearly negative tone is a complaint, not a thing done ("hating", "wasting"); a mildly negative one
  // (AFINN -1) is an ordinary action: "cancelling your membership", "blocking dates".
  if (!/^\p{Ll}{3,16}$/u.test(word) || (valence(word) ?? 0) < -1) return null;
  const next = terms[index + 1];
  if (term.tags.has('Gerund')) {
    if (!word.endsWith('ing') || isAuxiliary(terms[index - 1]) || rootsOf(word).some((root) => isLight(root, next)))
      return null;
    if (ASPECT.test(terms[index - 1]?.normal ?? '') && !saidBy(terms, index - 1, FIRST_PERSON)) return null;
    if (inNounPhrase(terms[index - 1])) return null;
    return word;
  }
  if (!term.tags.has('Infinitive') || isLight(word, next) || !isTried(terms, index)) return null;
  return gerundOf(word);
}

/** Gerunds that are prepositions in use ("including tax", "regarding my order"), never something the customer does. */
const NOT_ACTIVITIES = new Set(['including', 'regarding', 'according', 'concerning', 'during', 'pending', 'following']);

/** Words that may follow a verb used without an object: the clause goes on, but not with a thing it acts on. */
const ENDS_OBJECT = /^(?:anything|anymore|again|now|today|tonight|tomorrow|properly|anywhere)$/;

/** Words before a gerund that make the customer its subject: "trouble logging in", "help finding", "tried signing up". */
const DOING = /^(?:help|trouble|problem|problems|issue|issues|difficulty|difficulties|trying|tried|try|stuck)$/;

/** Who an infinitive with no object must be done by: "I can't |stream|", "help me |sign up|", "trying to |check out|" ("my phone won't |charge|" is the phone's failing). */
const SUBJECT = /^(?:i|we|me|to)$/;

/** A clause or a phrase ends after the term: punctuation or a quote follows it. */
export const endsClause = (term: Term): boolean => /[,;:.!?()"“”]/.test(term.post);

/**
 * The verb has no object: it ends its clause, or a preposition, a conjunction or a pronoun follows ("why can't I
 * |stream| anything", "I tried to |sign up| but", "I can't |log in|."). Said as the gerund alone, with the
 * particle of a phrasal verb ("logging in", "checking out"). Not before a pronoun: "how to fix it" does something to a thing.
 */
function bareActivity(terms: readonly Term[], index: number, gerund: string): Candidate | null {
  const verb = terms[index]!;
  const particle = terms[index + 1]?.tags.has('Particle') && !endsClause(verb) ? terms[index + 1] : undefined;
  const last = particle ?? verb;
  const after = terms[terms.indexOf(last) + 1];
  const objectless =
    endsClause(last) ||
    after === undefined ||
    after.tags.has('Preposition') ||
    after.tags.has('Conjunction') ||
    after.tags.has('QuestionWord') ||
    after.tags.has('Date') ||
    ENDS_OBJECT.test(after.normal);
  // Alone, a gerund names what the customer does only where they are its subject: something they try or can't do
  // ("I can't |stream|"), have trouble or need help with ("trouble |logging in|", "help |finding| …"), or a
  // preposition's object ("problems with |adding|"). "them not |arriving|" is what went wrong, not what it is about.
  const previous = terms[index - 1];
  const doneByThem =
    (!verb.tags.has('Gerund') && saidBy(terms, index, SUBJECT)) ||
    (previous !== undefined && (previous.tags.has('Preposition') || DOING.test(previous.normal)));
  if (!objectless || !doneByThem || NOT_ACTIVITIES.has(gerund)) return null;
  const text = particle ? `${gerund} ${particle.normal}` : gerund;
  return {
    text,
    plural: false,
    head: gerund,
    listed: false,
    product: false,
    activity: true,
    owned: false,
    sentence: 0,
    start: verb.start,
    end: last.end,
  };
}

/**
 * Gerund phrases in one sentence: each built on a noun-phrase candidate of the sentence that follows its verb, or
 * the gerund alone when the verb takes no object there.
 */
export function activitiesIn(sentence: Sentence, phrases: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const terms = sentence.terms;
  terms.forEach((term, index) => {
    if (!term.tags.has('Verb')) return;
    const gerund = verbWord(term, terms, index);
    if (!gerund) return;
    let next = index + 1;
    const link = terms[next] && LINKS.has(terms[next]!.normal) ? terms[next]!.normal : null;
    if (link) next += 1;
    const thing =
      !endsClause(term) && terms[next] ? phrases.find((phrase) => phrase.start === terms[next]!.start) : undefined;
    if (!thing) {
      const bare = bareActivity(terms, index, gerund);
      if (bare) found.push({ ...bare, sentence: sentence.index });
      return;
    }
    // "logging in my account": one logs in *to* a thing; "in" alone is the particle of "log in".
    const said = link && /^(?:in|on)$/.test(link) && /^(?:logging|signing)$/.test(gerund) ? `${link} to` : link;
    found.push({
      ...thing,
      text: [gerund, said, thing.text].filter(Boolean).join(' '),
      plural: false,
      activity: true,
      actedOn: thing.text,
      start: term.start,
    });
  });
  return found;
}
