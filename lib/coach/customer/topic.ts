/**
 * What the customer's problem is about, as a noun phrase the agent can say: "my Gmail account" → "your Gmail
 * account", "his apple Id" → "the Apple ID", "order #123" → "order #123". Noun phrases come from compromise's
 * tags and are scored — theirs, near what went wrong, of a kind of thing that fits the problem (lexicon/topics.ts)
 * — and only words the engine can spell are kept, so a customer's typo or swear word never reaches a reply.
 */
import {
  CREDENTIALS,
  OWNED_DEVICES,
  PEOPLE_NOUNS,
  PRODUCT_NAMES,
  SAFE_MODIFIERS,
  TOPIC_HEADS,
  VAGUE_NOUNS,
} from '../lexicon/topics';
import { valence } from '../lexicon/sentiment';
import { SPOKEN_WORDS } from '../lexicon/spoken-words';
import { LEXICON as lexicon, type AnalyzedText, type Sentence, type Term } from '../text';
import type { ProblemKind, Specific } from '../types';
import { activitiesIn, endsClause, isLightGerund } from './topic-activity';
import { clauseAt, clausesOf, type Clause } from './topic-clause';
import { TOPIC_WEIGHTS, type TopicWeightTable } from './topic-weights';

export interface Topic {
  /** As the agent says it: "your Gmail account". */
  text: string;
  /** Takes a plural verb ("your photos are"). */
  plural: boolean;
  /** The head noun's normal form ("account"). */
  head: string;
}

export interface Candidate extends Topic {
  /** The head is a thing customers write about or a product, not just any known noun. */
  listed: boolean;
  product: boolean;
  /** Something the customer does ("sharing images"), not a thing (customer/topic-activity.ts). */
  activity: boolean;
  /** The customer wrote it as theirs ("my …", "our …"); a device said as "your iPhone" without it is not. */
  owned: boolean;
  /** An activity's thing as a phrase of its own ("your character" of "transferring your character"). */
  actedOn?: string;
  sentence: number;
  start: number;
  end: number;
}

const PHRASE_TAGS = ['Possessive', 'Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Value', 'Acronym'];
const OWN = new Set(['my', 'our']);
// "someone else's order": compromise splits the possessive off "else", which then opens the phrase as "their" would.
const THIRD_PERSON = new Set(['his', 'her', 'their', 'its', 'your', 'ur', 'else']);
const ARTICLES = new Set([
  'the',
  'this',
  'that',
  'a',
  'an',
  'some',
  'any',
  'these',
  'those',
  'all',
  'another',
  'every',
  'each',
]);
const MAX_WORDS = 4;

const bare = (term: Term): string => term.normal.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');

function isPhraseTerm(term: Term, inlineHashtag = false): boolean {
  if (!term.text || /^@|:\/\/|^www\./i.test(term.text) || (/^#/.test(term.text) && !inlineHashtag)) return false;
  // "my yahoo email 🤦🏽‍♀️": compromise makes a noun of the joiner inside an emoji sequence; a word has a letter or digit.
  if (!/[\p{L}\p{N}]/u.test(term.text)) return false;
  if (term.tags.has('Pronoun') && !term.tags.has('Possessive')) return false;
  // "my crew emblem And it won't change": a capitalised conjunction is still one.
  if (/^(?:and|or|but|so|then|because)$/.test(term.normal)) return false;
  // "the site Why Not?": a capitalised question word or "not" is still one, whatever compromise tagged it.
  // "anyone else": "else" follows a pronoun and never names a thing; nor does a modal ("Would you …").
  if (/^(?:why|how|what|when|where|who|whom|not|else|would|could|should|must|shall)$/.test(term.normal)) return false;
  if (
    term.tags.has('Date') ||
    term.tags.has('Duration') ||
    term.tags.has('Preposition') ||
    term.tags.has('Particle') ||
    term.tags.has('There')
  )
    return false;
  // compromise tags a hashtag as one and nothing else: inside a sentence it is a modifier or a name.
  // "my EA account": compromise reads a name in capitals as an abbreviation ("EA", "BT"); "etc", "Mr" are not names.
  const capitalsAbbreviation = term.tags.has('Abbreviation') && /^\p{Lu}{2,5}$/u.test(term.text);
  return (
    PHRASE_TAGS.some((tag) => term.tags.has(tag)) ||
    Object.hasOwn(PRODUCT_NAMES, bare(term)) ||
    inlineHashtag ||
    capitalsAbbreviation
  );
}

/**
 * A lower-case noun with a productive English ending ("notification", "launcher", "storage"): compromise's lexicon
 * is small, and these are real words far more often than typos. Shorthand never has these endings.
 */
const ENGLISH_NOUN =
  /^(?=[a-z]*[aeiouy])(?!.*(.)\1\1)[a-z]{4,16}(?:tion|sion|ment|ness|ity|ance|ence|ship|ure|age|ery|ism|ist|ics|er|or|ty|cy|ing)s?$/;

/** A word the engine knows how to spell: in compromise's lexicon (or its singular is), our own lists, or spoken English. */
function isKnownWord(word: string): boolean {
  return isKnownBeforeSpoken(word) || SPOKEN_WORDS.has(word);
}

/**
 * A word of compromise's lexicon (or its singular), of our own lists, or with a productive English ending: what the
 * engine knew before lexicon/spoken-words.ts, which lists the common words this misses and would take for typos.
 */
export function isKnownBeforeSpoken(word: string): boolean {
  if (
    Object.hasOwn(lexicon, word) ||
    Object.hasOwn(TOPIC_HEADS, word) ||
    SAFE_MODIFIERS.has(word) ||
    ENGLISH_NOUN.test(word)
  )
    return true;
  const singulars = [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].filter(
    (form) => form !== word,
  );
  return singulars.some((form) => Object.hasOwn(lexicon, form) || Object.hasOwn(TOPIC_HEADS, form));
}

/** The tags compromise's lexicon gives a word of its own, whatever the word was tagged in the sentence. */
function lexiconTags(word: string): readonly string[] {
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

function isLexiconAdjective(word: string): boolean {
  return lexiconTags(word).some(
    (tag) => tag === 'Adjective' || tag === 'Comparable' || tag === 'PastTense' || tag === 'Participle',
  );
}

/** A model or product code the customer typed ("PS4", "RDR2", "MX500"): kept as written. */
/** Short heads said as letters ("your ID", "the TV"); the others are words a customer shouted ("my Roku APP"). */
const ACRONYM_HEADS: ReadonlySet<string> = new Set(['id', 'tv', 'pdf']);

const isCode = (text: string): boolean =>
  /^(?=.*\d)(?=.*\p{L})[\p{L}\d-]{2,10}$/u.test(text) ||
  (/^\p{Lu}{2,3}$/u.test(text) &&
    (!Object.hasOwn(TOPIC_HEADS, text.toLowerCase()) || ACRONYM_HEADS.has(text.toLowerCase())));

type Edit = 'drop' | 'swap' | 'insert' | 'change';

/** Every form one edit from `word`: a letter dropped, two neighbouring ones swapped, one added or changed, at `at`. */
function* singleEdits(word: string): Generator<[form: string, edit: Edit, at: number]> {
  for (let at = 0; at <= word.length; at += 1) {
    const [left, right] = [word.slice(0, at), word.slice(at)];
    if (right) yield [left + right.slice(1), 'drop', at];
    if (right.length > 1) yield [left + right[1]! + right[0]! + right.slice(2), 'swap', at];
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      yield [left + letter + right, 'insert', at];
      if (right) yield [left + letter + right.slice(1), 'change', at];
    }
  }
}

/** The keys beside each letter on a QWERTY keyboard: a slip of the finger lands on one of them. */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// The rows are staggered: the keys above a letter are at its column and the next, those below at its column and the
// one before.
const NEIGHBOUR_KEYS: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((row, r) => {
    const [above = '', below = ''] = [KEYBOARD_ROWS[r - 1], KEYBOARD_ROWS[r + 1]];
    return [...row].map(
      (letter, c) =>
        [letter, [row[c - 1], row[c + 1], above[c], above[c + 1], below[c], below[c - 1]].join('')] as const,
    );
  }),
);
const besideOnKeyboard = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && (NEIGHBOUR_KEYS.get(a)?.includes(b) ?? false);

/**
 * The edit turns a known word into `word` the way fingers slip, so `word` is most likely that word mistyped: two
 * letters swapped, a letter left out after the first, a letter doubled or struck beside its neighbour, or a key
 * hit beside the right one ("acount", "accuont", "accpunt"). A word one letter from another otherwise is usually a
 * word of its own ("shark" beside "share", "pods" beside "pots"): compromise's lexicon lacks many plain nouns.
 */
function isSlipOf(word: string, edit: Edit, at: number, form: string): boolean {
  switch (edit) {
    case 'swap':
      return true;
    case 'insert':
      return at >= 1;
    case 'drop': {
      const extra = word[at];
      return (
        extra === word[at - 1] ||
        extra === word[at + 1] ||
        besideOnKeyboard(extra, word[at - 1]) ||
        besideOnKeyboard(extra, word[at + 1])
      );
    }
    case 'change':
      return besideOnKeyboard(word[at], form[at]);
  }
}

/** Lexicon tags of names: "shari" or "paris" is no word a customer meant to type instead. */
const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Country|Region|Organization)$/;

/** A common word of compromise's lexicon or a listed head, not just a name it knows. */
const isCommonWord = (form: string): boolean =>
  Object.hasOwn(TOPIC_HEADS, form) ||
  (Object.hasOwn(lexicon, form) && !lexiconTags(form).every((tag) => NAME_TAGS.test(tag)));

/** `word` is a slip of the fingers (isSlipOf) away from a common word (isCommonWord). */
export function isSlipFromKnown(word: string): boolean {
  for (const [form, edit, at] of singleEdits(word))
    if (form !== word && isCommonWord(form) && isSlipOf(word, edit, at, form)) return true;
  return false;
}

/**
 * The forms a typo of `word` most likely came from, and that a real word rarely is: two neighbouring letters swapped
 * back ("trail" → "trial") or a letter inside put back ("acount" → "account"), never at the first letter. Not a letter
 * added at the end (the real word is then often the stem: "browse", "table"), nor a letter changed or taken out
 * ("plane", "front" are words).
 */
function typoSources(word: string): Set<string> {
  const forms = new Set<string>();
  for (const [form, edit, at] of singleEdits(word))
    if (at >= 1 && at < word.length && (edit === 'swap' || edit === 'insert') && form !== word) forms.add(form);
  return forms;
}

/**
 * The thing a misspelt word names, when it is such a typo (typoSources) of exactly one head customers write about
 * ("the $11.99 one month trail" → "trial", "my acount" → "account", "verfication" → "verification"): said in our
 * spelling, so the customer's typo never reaches a reply and the thing is still named. Words of five letters or
 * more that the engine does not know only (shorter ones are a typo of too much).
 */
export function listedCorrection(word: string): string | null {
  if (!/^\p{Ll}{5,16}$/u.test(word) || isKnownWord(word)) return null;
  const listed = listedTypoSources(word);
  return listed.length === 1 ? listed[0]! : null;
}

/** The heads customers write about (lexicon/topics.ts) that `word` is a typo of ("trail" → trial). */
export const listedTypoSources = (word: string): string[] =>
  [...typoSources(word)].filter((form) => Object.hasOwn(TOPIC_HEADS, form));

/**
 * A lower-case word the engine does not know, that they own ("my tezeract", "my emblem"): a thing in their game or
 * app, or a noun compromise's small lexicon lacks, said back as they wrote it ("your tezeract").
 * Not when it is a slip of the fingers from a common word (isSlipFromKnown): that is a typo ("my acount"), and a typo
 * is never repeated.
 */
function ownedName(word: string): string | null {
  if (!isWordShaped(word) || isSlipFromKnown(word)) return null;
  return word;
}

/** Five to sixteen lower-case letters with a vowel and no letter three times running: shaped like a word, not a code. */
export const isWordShaped = (word: string): boolean => /^(?=\p{Ll}*[aeiouy])(?!.*(.)\1\1)\p{Ll}{5,16}$/u.test(word);

/** The number of a title or a model ("Black Ops 4", "Red Dead Redemption II", "GTA V", "iPhone 11"). */
const TITLE_NUMBER = /^(?:\d{1,4}|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/** The words that make a name a model of a thing, as its maker writes them: "Xbox One S", "iPhone XR", "Mac Pro". */
const MODEL_WORD = /^(?:Pro|Air|Mini|Max|Plus|One|Lite|Slim|Ultra|Series|[A-Z]{1,2}|\d+[a-z]{0,2})$/;

/** The phrase's words (no article) name a device someone owns: "iPhone", "Apple TV", "new MacBook", "Mac Pro". */
const namesOwnedDevice = (words: readonly string[]): boolean => {
  if (OWNED_DEVICES.has(words.join(' ')) || OWNED_DEVICES.has(words[words.length - 1]!)) return true;
  const device = words.findIndex((word) => OWNED_DEVICES.has(word));
  return device >= 0 && device < words.length - 1 && words.slice(device + 1).every((word) => MODEL_WORD.test(word));
};

/**
 * A name that ends on a thing one holds one of ("Apple ID", "Whale Shark Card", "Social Club account"): the head
 * word of an account, a payment or a delivery, not a product's or service's own name ("Apple Music", "YouTube TV").
 */
const HELD_KINDS: ReadonlySet<string> = new Set(['account-access', 'charged-wrongly', 'not-arrived']);
function namesHeldThing(words: readonly string[]): boolean {
  const last = words[words.length - 1]!.split(' ').pop()!.toLowerCase();
  return Object.hasOwn(TOPIC_HEADS, last) && TOPIC_HEADS[last]!.some((kind) => HELD_KINDS.has(kind));
}

/** Capitals inside a word: "FaceId", "AdSense", "PlayStation", "iCloud" (not "IPHONE", not "McDonald"). */
const CAMEL_CASE = /^(?:\p{Lu}\p{Ll}{2,}|\p{Ll}{1,2})(?:\p{Lu}\p{Ll}+)+$/u;

/**
 * A word written the way a maker writes a product's name: capitals inside ("FaceId", "iCloud"), not a support handle,
 * and not a common word with a capital slipped in ("the lIve guide" is "live").
 */
const isProductCasing = (raw: string): boolean =>
  CAMEL_CASE.test(raw) && !HANDLE_LIKE.test(raw) && !(/^\p{Ll}/u.test(raw) && isCommonWord(raw.toLowerCase()));

/** A company's support handle written without its "@" ("RockstarSupport", "AdobeCare"): who helps, not a thing. */
const HANDLE_LIKE = /(?:Support|Help|Helps|Care|Service|Team|Official|News|Status|Cares)$/;

/** A swear word inside a compound the sentiment lexicon lacks ("clusterfuck", "bullshit"): never said back. */
const SWEARING =
  /fuck|shit|bitch|cunt|bastard|asshole|^dick(?:head)?s?$|^piss|^crap(?:py)?$|damn|^hell$|^bloody$|^freakin|^friggin/;

/**
 * A past participle before a noun says what was done to the thing, and tells it from its kind: "your |downloaded|
 * songs", "the |unlocked| skins", "the |archived| cards", "the |cancelled| order". Not a feeling ("my |frustrated|
 * kids": those carry a tone, which `spell` checked before) nor a hedge ("the |supposed| fix").
 */
const isStateParticiple = (word: string): boolean =>
  /^\p{Ll}{3,}ed$/u.test(word) && (valence(word) ?? 0) >= -1 && !HEDGING_PARTICIPLES.has(word);

const HEDGING_PARTICIPLES: ReadonlySet<string> = new Set(['supposed', 'alleged', 'related', 'unrelated', 'called']);

/** Nouns of mild tone that judge rather than name: "the garbage app", "this joke of a service". */
const JUDGING_NOUNS =
  /^(?:garbage|rubbish|disaster|joke|jokes|mess|nightmare|failure|lie|lies|liar|liars|clown|clowns)$/;

/**
 * A noun, not an opinion, whose tone is only mildly negative (AFINN -1 or -2): in a phrase it names a thing ("the
 * battle pass", "the crash report", "the lag", "the scam text"), and the reply may say it back.
 */
const isThingOfMildTone = (term: Term, tone: number): boolean =>
  tone >= -2 &&
  term.tags.has('Noun') &&
  !term.tags.has('Adjective') &&
  !term.tags.has('Expression') &&
  !JUDGING_NOUNS.test(term.normal);

interface SpellOptions {
  /** The phrase is theirs ("my …"): an unknown head may be the name of a thing they own. */
  owned: boolean;
  /** The head may be a vague noun ("the Dropbox update"): something specific modifies it. */
  vagueHead: boolean;
}

/** Where a modifier stands: before two or more nouns ("criminal |enterprise pack|"), or before a thing's head. */
interface Position {
  /** Every word after it up to the head is a noun: it is the first word of a compound name. */
  beforeCompound: boolean;
  /** The head is not a vague noun ("the support |ticket|", not "the support |team|"). */
  specificHead: boolean;
  /** In a title-case run that a number or a product's name makes a title ("Far Cry 6"), not just capitals. */
  inTitle: boolean;
}

/** Nouns with no singular that take a plural verb, which compromise tags uncountable ("your clothes are"). */
const PLURAL_ONLY =
  /^(?:clothes|jeans|pants|trousers|shorts|knickers|scissors|premises|earnings|belongings|groceries|goods|airpods)$/i;

/**
 * A phrase that came back as a name of the customer's capitals ("the Star Wars", "a Mac Pro", "the Premiere Pro") is
 * said as names are: a title or a product takes no article and one verb ("Star Wars hasn't arrived"), a device is
 * theirs ("your Mac Pro"), and a thing one holds keeps its article ("the Whale Shark Card", namesHeldThing).
 */
function asNameSays(text: string, plural: boolean): { text: string; plural: boolean } {
  const [article, ...name] = text.split(' ');
  if (article !== 'the' || name.length < 2 || !name.every((word) => /^[\p{Lu}\d]/u.test(word))) return { text, plural };
  if (namesOwnedDevice(name)) return { text: `your ${name.join(' ')}`, plural: false };
  if (namesHeldThing(name)) return { text, plural };
  return { text: name.join(' '), plural: false };
}

/**
 * The share of a sentence's words after the first that are capitalised ("I" aside). A word in capitals is shouted,
 * not title case: "credits for Halo Infinite TWICE now" capitalises two words, not three.
 */
function capitalisedShare(sentence: Sentence): number {
  const words = sentence.terms.slice(1).filter((t) => /^\p{L}/u.test(t.text) && t.text !== 'I');
  return words.length === 0 ? 0 : words.filter((t) => /^\p{Lu}(?!\p{Lu})/u.test(t.text)).length / words.length;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+(?:['’]s)?$/u;

/**
 * True when `term` is capitalised after a lower-case word of its sentence ("my Social account"), alone or in a run
 * of capitalised words, and at most one word in four of the sentence is (`share`, capitalisedShare): a customer who
 * capitalises few words mid-sentence means those as names; one who capitalises many ("My Account Is Locked") does not.
 */
function capitalisedByChoice(term: Term, sentence: Sentence, share: number): boolean {
  if (share > 1 / 4 || !CAPITALISED_WORD.test(term.text)) return false;
  let before = sentence.terms.indexOf(term) - 1;
  // "the Star Wars theme": the run of capitals as a whole follows the lower-case word.
  while (before > 0 && /^\p{Lu}\p{Ll}/u.test(sentence.terms[before]!.text)) before -= 1;
  return before >= 0 && /^\p{Ll}/u.test(sentence.terms[before]!.text);
}

/**
 * The phrase as the customer capitalised its modifiers by choice ("the Social account", "the free Realms trial"):
 * spelling keeps a known word in lower case, and this only puts back their capitals once the phrase is chosen, so
 * what a phrase's features and weights see does not depend on them. The head keeps its spelling ("my Account").
 */
function withCustomerCapitals(candidate: Candidate, sentence: Sentence): string {
  const words = candidate.text.split(' ');
  const terms = sentence.terms.filter((term) => term.start >= candidate.start && term.end <= candidate.end);
  const share = capitalisedShare(sentence);
  // Each word is restored after the one before it: "Star" comes back first, so "Wars" continues a name.
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (!/^\p{Ll}+$/u.test(word)) continue;
    const isHead = index === words.length - 1;
    const term = terms.find(
      (t) =>
        bare(t) === word &&
        (continuesCapitalisedName(t, words[index - 1], sentence, share) ||
          (!isHead && capitalisedByChoice(t, sentence, share))),
    );
    if (term) words[index] = term.text.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
  }
  return words.join(' ');
}

/**
 * A capitalised word right after a capitalised word of the phrase goes on a name the customer wrote ("the Star Wars
 * theme", "a Mac Pro", "my Google Play purchase"): said with their capitals, or the reply reads "the Star wars". A
 * head alone keeps plain spelling ("my Account"), and so does a sentence where most words are capitalised (`share`).
 */
function continuesCapitalisedName(
  term: Term,
  previous: string | undefined,
  sentence: Sentence,
  share: number,
): boolean {
  return (
    share <= 1 / 2 &&
    previous !== undefined &&
    /^\p{Lu}/u.test(previous) &&
    CAPITALISED_WORD.test(term.text) &&
    term.start !== sentence.start
  );
}

/** Adjectives that count or greet rather than name ("multiple Apple systems", "Dear Customer Service"). */
/** How many there were ("various Minecraft texture packs"): said by the verb's number, never repeated as a modifier. */
const QUANTITIES: ReadonlySet<string> = new Set([
  'multiple',
  'various',
  'several',
  'many',
  'few',
  'numerous',
  // "they can |both| pay", "|each| user": who or how many, never part of a thing's name.
  'both',
  'each',
  'either',
  'neither',
]);

/** "E.g. Sales", "i.e. the app", "etc": a Latin abbreviation introduces or ends a list, never names a thing. */
const LIST_ABBREVIATION = /^(?:e\.?g|i\.?e|etc|viz|cf)\.?$/i;

const COUNTING: ReadonlySet<string> = new Set([...QUANTITIES, 'dear', 'other', 'same', 'whole', 'entire']);

/**
 * Vague nouns that still never modify a thing: the problem itself ("error code", "bug report") and greetings or
 * fillers a run of words swept in ("hi team", "thanks guys").
 */
const NEVER_MODIFIERS: ReadonlySet<string> = new Set(
  `problem problems issue issues error errors bug bugs glitch trouble mistake fault crisis virus pandemic hello hi hey
  thanks thank please sir madam lol omg shit fuck crap hell god us me you him her them it this that these those mine
  yours ours someone anyone everyone nothing something anything everything people peoples guys guy one ones can will
  may might there`
    .split(/\s+/)
    .filter(Boolean),
);

/** How a modifier or head word is written in a reply, or null when it must not be repeated. */
function spell(
  term: Term,
  isHead: boolean,
  titled: boolean,
  options: SpellOptions,
  position: Position = { beforeCompound: false, specificHead: false, inTitle: false },
): string | null | false {
  const word = bare(term);
  if (!word) return null;
  // "error code", "refund game": a phrase built on the problem word itself names no thing. Other vague nouns do
  // start a compound naming one ("the support ticket", "the end screens", "the time limit").
  if (
    VAGUE_NOUNS.has(word) &&
    !(isHead && options.vagueHead) &&
    !(!isHead && position.specificHead && term.tags.has('Noun') && !NEVER_MODIFIERS.has(word))
  )
    return false;
  if (Object.hasOwn(PRODUCT_NAMES, word)) return PRODUCT_NAMES[word]!;
  if (!isHead && QUANTITIES.has(word)) return null;
  if (LIST_ABBREVIATION.test(term.text)) return null;
  const raw = term.text.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
  // A word of a title is its name, whatever its tone ("Far Cry 6", "Dead Space 3"); a swear word is still not said.
  if (position.inTitle && /^\p{Lu}\p{Ll}+$/u.test(raw) && !SWEARING.test(word)) return raw;
  // A word with a negative tone is not repeated ("the fucking app"), unless it is a thing customers write about ("spam")
  // or a noun of mild tone that names a thing ("the battle pass", "the lag", "synced blocks").
  const tone = valence(word) ?? 0;
  if (
    (tone < 0 && !Object.hasOwn(TOPIC_HEADS, word) && !isThingOfMildTone(term, tone)) ||
    term.tags.has('Expression') ||
    SWEARING.test(word)
  )
    return null;
  if (isCode(raw)) return raw;
  // "FaceId", "AdSense", "iCloud": a word capitalised inside is a product's name, written as its maker writes it.
  if (isProductCasing(raw)) return raw;
  // "the $11.99 charge": an amount before the head is said as written.
  if (!isHead && /^[$£€]\d{1,5}(?:[.,]\d\d)?$/.test(term.text)) return term.text;
  // A name the customer wrote in title case mid-sentence ("the Whale Shark Card") keeps its capitals.
  if (titled && /^\p{Lu}\p{Ll}+$/u.test(raw)) return raw;
  // "a #phishing site": a hashtag's word is as the customer meant it, when it is a word.
  if (term.text.startsWith('#') && !isHead) return isKnownWord(word) ? word : null;
  // An adjective is an opinion or a passing detail ("the slow app"), unless a compound name follows it: "the criminal
  // enterprise pack", "the ultimate edition content" (its tone was checked above).
  if (term.tags.has('Adjective') && !isHead)
    return SAFE_MODIFIERS.has(word) ||
      isStateParticiple(word) ||
      (position.beforeCompound && !COUNTING.has(word) && (isLexiconAdjective(word) || ownedName(word) !== null))
      ? word
      : null;
  if (term.tags.has('Person') || term.tags.has('Actor') || term.tags.has('Date') || term.tags.has('Value')) return null;
  // "south korea minecraft user": a place typed in lower case would go into the reply misspelt; it only says where.
  if (!isHead && term.tags.has('Place') && /^\p{Ll}/u.test(raw)) return null;
  // "to Atlanta": a place the customer capitalised is its name, never "the atlanta".
  if (term.tags.has('Place') && /^\p{Lu}\p{Ll}+$/u.test(raw)) return raw;
  if (term.tags.has('ProperNoun') && /^\p{Lu}\p{Ll}+$/u.test(raw) && !isKnownWord(word)) return isHead ? null : raw;
  if (isKnownWord(word)) return word;
  // Only a word typed as one ("etc...but", "account/download" are two run together).
  if (!/^\p{Ll}+$/u.test(term.text.replace(/['’]s$/, ''))) return null;
  // A noun modifier no list knows, and no typo of one that does ("the escrow fee", "the megalodon shark card"):
  // compromise's lexicon lacks many plain nouns, and dropping it loses what names the thing.
  if (!isHead) return position.specificHead && term.tags.has('Noun') ? ownedName(word) : null;
  return (options.owned ? ownedName(word) : null) ?? listedCorrection(word);
}

/** Nouns that take a count as one modifier ("2-factor", "5-star"); units of time are tagged Duration already. */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['factor', 'step', 'digit', 'player', 'star', 'page', 'inch']);

/** Joins two-word product names ("apple id", "creative cloud") before spelling word by word. */
function spellWords(terms: readonly Term[], sentence: Sentence, options: SpellOptions): string[] | null {
  const words: string[] = [];
  const content = terms.filter((term) => /\p{L}/u.test(term.text) && !Object.hasOwn(PRODUCT_NAMES, bare(term)));
  const last = terms[terms.length - 1];
  const namedThing =
    last !== undefined && (Object.hasOwn(TOPIC_HEADS, bare(last)) || Object.hasOwn(PRODUCT_NAMES, bare(last)));
  // A run of title-case words names a thing when it ends on one, or holds a product's name, or is three words long
  // ("Red Dead Redemption", "Xbox Live Gold"): a title is capitalised as its owner writes it.
  const anchored =
    (last !== undefined && TITLE_NUMBER.test(last.text)) ||
    terms.some((term, index) => {
      const next = terms[index + 1];
      return (
        Object.hasOwn(PRODUCT_NAMES, bare(term)) ||
        (next && Object.hasOwn(PRODUCT_NAMES, `${bare(term)} ${bare(next)}`))
      );
    });
  const named = namedThing || content.length >= 3 || anchored;
  const titled =
    named &&
    content.length >= 2 &&
    content.every((term) => /^\p{Lu}\p{Ll}/u.test(term.text) && term.start > sentence.start);
  for (let index = 0; index < terms.length; index += 1) {
    const pair = index + 1 < terms.length ? `${bare(terms[index]!)} ${bare(terms[index + 1]!)}` : '';
    if (pair && Object.hasOwn(PRODUCT_NAMES, pair)) {
      words.push(PRODUCT_NAMES[pair]!);
      index += 1;
      continue;
    }
    // "2 factor authentication", "the 40 minute limit": a count before a unit noun is one modifier, "2-factor".
    const count = terms[index]!;
    const unit = terms[index + 1];
    if (
      unit &&
      index + 2 < terms.length &&
      /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(count.normal) &&
      /^\p{Ll}{3,12}$/u.test(unit.normal) &&
      (count.tags.has('Hyphenated') || unit.tags.has('Duration') || MEASURE_NOUNS.has(unit.normal))
    ) {
      words.push(`${count.normal}-${unit.normal}`);
      index += 1;
      continue;
    }
    const previousWord = words[words.length - 1];
    const rest = terms.slice(index + 1);
    const position: Position = {
      beforeCompound: rest.length >= 2 && rest.every((term) => term.tags.has('Noun') && !term.tags.has('Adjective')),
      specificHead: last !== undefined && !VAGUE_NOUNS.has(bare(last)) && last.tags.has('Noun'),
      inTitle: titled && anchored,
    };
    // "iPhone 7 Plus", and at the end a title's number: "Black Ops 4", "GTA V" (candidatesIn `isTitleNumber`).
    const spelled =
      previousWord &&
      /^[\p{Lu}i]/u.test(previousWord) &&
      (/^\d{1,4}$/.test(terms[index]!.text) ||
        MODEL_WORD.test(terms[index]!.text) ||
        (index === terms.length - 1 && TITLE_NUMBER.test(terms[index]!.text)))
        ? terms[index]!.text
        : spell(terms[index]!, index === terms.length - 1, titled, options, position);
    if (spelled === false) return null;
    // "non-functioning": the half after a hyphen goes with the half before it; alone it can say the opposite. (A dropped
    // word empties `words`, so an empty list after a hyphen means the half before was dropped.)
    const joinedToDropped = index > 0 && terms[index - 1]!.post === '-' && words.length === 0;
    if (spelled === null || joinedToDropped) {
      if (index === terms.length - 1) return null;
      // An unknown modifier is dropped with everything before it: "the fucking Roku app" → "the Roku app".
      words.length = 0;
      continue;
    }
    words.push(spelled);
  }
  return words.length > 0 ? words : null;
}

/**
 * A hashtag inside a sentence, between ordinary words ("a #phishing site", "why #gmail has"), is a word of it; a
 * run of tags before or after the sentence ("… #USC #DSW") is not.
 */
function isInlineHashtag(terms: readonly Term[], index: number): boolean {
  const isWord = (term: Term | undefined) => term !== undefined && /^[\p{L}\p{N}]/u.test(term.text);
  return /^#\p{L}[\p{L}\p{N}]*$/u.test(terms[index]!.text) && isWord(terms[index - 1]) && isWord(terms[index + 1]);
}

/** The word's own entry in compromise's lexicon is a noun ("supplies", "rolls", "play"), whatever it was tagged here. */
function hasNounReading(term: Term): boolean {
  return lexiconTags(term.normal).some((tag) => tag === 'Singular' || tag === 'Plural');
}

/**
 * The word after a noun phrase ends a compound noun compromise read as a verb: "from selling toilet |rolls| on",
 * "where are our cleaning |supplies|", "with these server |disconnects|?". Only where the phrase is the object of
 * a preposition, a copula or a gerund (so it has no verb of its own to take), and the word, a noun in the lexicon,
 * ends the clause.
 */
function endsCompound(terms: readonly Term[], first: number, last: number): boolean {
  const word = terms[last + 1];
  const before = terms[first - 1];
  const after = terms[last + 2];
  if (!word || !before || endsClause(terms[last]!)) return false;
  // After a plural noun the word is the verb ("one of my family members works"): compounds rarely stack plurals.
  const noun = terms[last]!;
  if (!noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('Possessive') || noun.tags.has('Plural'))
    return false;
  // A noun in the lexicon ("supplies", "play"), or a verb's -s form ("disconnects"), which here can only be a plural.
  const plural = word.tags.has('PresentTense') && /\p{Ll}{3}s$/u.test(word.normal);
  if (!word.tags.has('Verb') || word.tags.has('Auxiliary') || !(hasNounReading(word) || plural)) return false;
  const governed = before.tags.has('Preposition') || before.tags.has('Copula') || before.tags.has('Gerund');
  const clauseEnds =
    after === undefined ||
    endsClause(word) ||
    after.tags.has('Preposition') ||
    after.tags.has('Conjunction') ||
    /^(?:that|which|you|i|we)$/.test(after.normal);
  return governed && clauseEnds;
}

/**
 * A capitalised name after a plural common noun starts a phrase of its own: "import my clips |Premiere| crashes"
 * is "your clips" and "Premiere" (English compounds rarely take a plural modifier before a name).
 */
const startsName = (previous: Term, next: Term): boolean =>
  previous.tags.has('Plural') &&
  !previous.tags.has('ProperNoun') &&
  next.tags.has('ProperNoun') &&
  /^\p{Lu}/u.test(next.text);

/** Vague heads that name a thing once something specific modifies them: "the Dropbox update", "the new update". */
const NAMED_WHEN_MODIFIED = new Set(['update', 'updates', 'charge', 'charges', 'support', 'error', 'crash', 'crashes']);

/** A unit of time between a count and a noun ("the 40 |minute| limit") belongs to the phrase, not a date. */
const isCountedUnit = (terms: readonly Term[], index: number): boolean =>
  terms[index]!.tags.has('Duration') &&
  terms[index - 1]?.tags.has('Value') === true &&
  terms[index + 1]?.tags.has('Noun') === true &&
  !/[,;:.!?]/.test(terms[index]!.post);

/** A name's word: capitalised as names are ("EA", "Xbox", "PS4"), or a product's name however it is typed. */
const isNameWord = (term: Term): boolean =>
  /^(?:\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}]*)$/u.test(term.text) || Object.hasOwn(PRODUCT_NAMES, bare(term));

/** Articles and possessives: after one of them English has a noun phrase, never a finite verb. */
const NOUN_OPENERS = /^(?:a|an|the|my|our|your|his|her|their)$/;

/** A word that can stand between an opener and its noun: a name ("my EA account") or an adjective ("a new youtube channel"). */
const isPremodifier = (term: Term): boolean =>
  isNameWord(term) || (term.tags.has('Adjective') && !term.tags.has('Verb') && !term.tags.has('Pronoun'));

/**
 * Whether the word at `at` follows an article or a possessive, with at most two names or adjectives between and no
 * punctuation: "|my| EA account", "|a| new youtube channel". There English has a noun phrase, never a finite verb.
 */
function opensNounPhrase(terms: readonly Term[], at: number): boolean {
  let opener = at - 1;
  while (opener > 0 && at - opener <= 3 && isPremodifier(terms[opener]!)) opener -= 1;
  const before = terms[opener];
  if (!before || !NOUN_OPENERS.test(before.normal)) return false;
  return !terms.slice(opener, at).some(endsClause);
}

/**
 * A past participle compromise tagged as a verb between an opener and a noun: "the |saved| data space", "my
 * |deleted| files". After "the" or "my" and before the noun it names a state of the thing, as an adjective would.
 */
function isModifyingParticiple(terms: readonly Term[], at: number): boolean {
  const term = terms[at]!;
  const next = terms[at + 1];
  if (!next || !term.tags.has('PastTense') || term.tags.has('Auxiliary') || !isStateParticiple(term.normal))
    return false;
  if (endsClause(term) || !next.tags.has('Noun') || next.tags.has('Pronoun')) return false;
  return opensNounPhrase(terms, at);
}

/**
 * A noun compromise tagged as a verb right after an article or a possessive: "in |a meeting| that was hacked",
 * "|my booking| …". Only a word that is a noun in compromise's own lexicon (or a gerund, or a listed head), never
 * an auxiliary: after "a", "the" or "my" it can't be the clause's verb.
 */
function isNominalVerb(terms: readonly Term[], at: number): boolean {
  const term = terms[at]!;
  if (!opensNounPhrase(terms, at)) return false;
  if (!term.tags.has('Verb') || term.tags.has('Auxiliary') || term.tags.has('Copula') || term.tags.has('Modal'))
    return false;
  if (!/^\p{Ll}{3,16}$/u.test(term.text)) return false;
  return term.tags.has('Gerund') || hasNounReading(term) || Object.hasOwn(TOPIC_HEADS, term.normal);
}

/**
 * A word after a modal or "to" that compromise's lexicon knows as a verb's bare form: "if I can |prove| music …",
 * "it won't |load| stuff", "how to |record| audio". compromise sometimes tags it a noun there; after "can", "will"
 * or "to" it is the verb. A capitalised word stays a phrase's ("will Minecraft update"): an inverted question puts
 * the subject there.
 */
function isVerbAfterModalOrTo(terms: readonly Term[], at: number): boolean {
  const term = terms[at]!;
  // "can't prove": compromise splits the negation into a term of its own between the modal and the verb.
  const negated = terms[at - 1]?.tags.has('Negative') === true;
  const before = terms[at - (negated ? 2 : 1)];
  const opens = before !== undefined && (before.tags.has('Modal') || (!negated && before.normal === 'to'));
  if (!opens || endsClause(before) || !/^\p{Ll}+$/u.test(term.text)) return false;
  return lexiconTags(term.normal).includes('Infinitive');
}

/**
 * A lower-case word right after "I", "we" or "they": "i |play| music in 4k", "we |record| shows". A subject pronoun
 * is followed by its verb (or an adverb), never by a noun, whatever the word's noun reading in the lexicon.
 */
function isVerbAfterSubject(terms: readonly Term[], at: number): boolean {
  const before = terms[at - 1];
  if (!before || !/^(?:i|we|they)$/.test(before.normal) || endsClause(before)) return false;
  return /^\p{Ll}+$/u.test(terms[at]!.text);
}

function candidatesIn(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  const terms = sentence.terms;
  const phraseTerm = (at: number) =>
    !isVerbAfterModalOrTo(terms, at) &&
    !isVerbAfterSubject(terms, at) &&
    (isPhraseTerm(terms[at]!, isInlineHashtag(terms, at)) ||
      isCountedUnit(terms, at) ||
      isNominalVerb(terms, at) ||
      isModifyingParticiple(terms, at));
  let index = 0;
  while (index < terms.length) {
    if (!phraseTerm(index)) {
      index += 1;
      continue;
    }
    let last = index;
    // A determiner or possessive inside the run starts a new phrase: "sync the game" is two.
    const startsPhrase = (term: Term): boolean => term.tags.has('Possessive') || term.tags.has('Determiner');
    while (
      last + 1 < terms.length &&
      phraseTerm(last + 1) &&
      !endsClause(terms[last]!) &&
      !startsPhrase(terms[last + 1]!) &&
      !startsName(terms[last]!, terms[last + 1]!)
    )
      last += 1;
    let head = last;
    const isHead = (at: number): boolean => {
      const term = terms[at]!;
      return (
        (term.tags.has('Noun') ||
          Object.hasOwn(PRODUCT_NAMES, bare(term)) ||
          Object.hasOwn(TOPIC_HEADS, bare(term)) ||
          isNominalVerb(terms, at)) &&
        !term.tags.has('Pronoun') &&
        !term.tags.has('Possessive')
      );
    };
    // "redownload Black Ops 4", "my iPhone 11": a number after a name mid-sentence is part of it, and ends it.
    const isTitleNumber = (at: number): boolean =>
      at > index &&
      TITLE_NUMBER.test(terms[at]!.text) &&
      terms[at - 1]!.start > sentence.start &&
      (/^\p{Lu}/u.test(terms[at - 1]!.text) || Object.hasOwn(PRODUCT_NAMES, bare(terms[at - 1]!)));
    // "gta online keeps": the last word of a two-word name heads it, whatever compromise tagged it ("online").
    const endsName = (at: number): boolean =>
      at > index && Object.hasOwn(PRODUCT_NAMES, `${bare(terms[at - 1]!)} ${bare(terms[at]!)}`);
    // "my Gmail account issue": a vague last noun gives way to the one before it.
    while (
      head >= index &&
      !endsName(head) &&
      !isTitleNumber(head) &&
      (!isHead(head) || (head > index && VAGUE_NOUNS.has(bare(terms[head]!))))
    )
      head -= 1;
    if (head >= index) {
      // "an old copy of Minecraft launcher java": a last word that can't be said back (shorthand, a typo, a word no
      // list knows) gives way to the noun before it, which still names the thing.
      const candidate =
        build(terms.slice(index, head + 1), sentence, { nounHead: isNominalVerb(terms, head) }) ??
        (head > index && isHead(head - 1) && /^\p{Ll}+$/u.test(terms[head]!.text)
          ? build(terms.slice(index, head), sentence)
          : null);
      if (candidate) found.push(candidate);
    }
    // "the new Dropbox update": the vague head is kept too, as a candidate of its own, when something specific precedes it.
    // "Hopefully the charge can be removed", "The update won't work": a vague noun that is also a thing customers write
    // about (lexicon/topics.ts) names it alone too; the learned weights decide whether it is the topic.
    const lastWord = bare(terms[last]!);
    const listedVague = VAGUE_NOUNS.has(lastWord) && Object.hasOwn(TOPIC_HEADS, lastWord);
    if (((last > index && NAMED_WHEN_MODIFIED.has(lastWord)) || listedVague) && isHead(last)) {
      const candidate = build(terms.slice(index, last + 1), sentence, { vagueHead: true });
      if (candidate) found.push(candidate);
    }
    if (endsCompound(terms, index, last)) {
      const candidate = build(terms.slice(index, last + 2), sentence, { nounHead: true });
      if (candidate) found.push(candidate);
    }
    index = last + 1;
  }
  return found;
}

/** An amount as customers write money: a currency sign and digits ("$139", "€91", "£2,400", "$11.99", "$4k"). */
const AMOUNT = /^[$£€]\d[\d,]*(?:\.\d\d)?k?$/i;

/** The amount of a charge topic `chargesIn` named ("the $139 charge" → "$139"), or null for any other topic. */
export function chargedAmount(topic: string): string | null {
  const amount = /^the (\S+) charge$/.exec(topic)?.[1];
  return amount !== undefined && AMOUNT.test(amount) ? amount : null;
}

/**
 * A wrong charge named by its amount inside the words that say it was wrong, where no noun follows the amount:
 * "|charged me $139| for Prime" → "the $139 charge", "|roaming charges of £90|". The amount says which charge more
 * exactly than any noun beside it, and is said back as typed. Amounts already inside a phrase ("the $11.99 charge")
 * are that phrase's; an amount elsewhere (a refund asked for, a price) is not the charge.
 */
function chargesIn(
  sentence: Sentence,
  phrases: readonly Candidate[],
  mentions: readonly ProblemMention[],
): Candidate[] {
  const inside = (term: Term, span: { start: number; end: number }) => term.start >= span.start && term.end <= span.end;
  return sentence.terms
    .filter((term) => term.tags.has('Money') && AMOUNT.test(term.text))
    .filter((term) => mentions.some((mention) => mention.sentence === sentence.index && inside(term, mention)))
    .filter((term) => !phrases.some((phrase) => inside(term, phrase)))
    .map((term) => ({
      text: `the ${term.text} charge`,
      plural: false,
      head: 'charge',
      listed: true,
      product: false,
      activity: false,
      owned: false,
      sentence: sentence.index,
      start: term.start,
      end: term.end,
    }));
}

/** "error 0x80070005", "error code: CE-34878-0", "Error #1006": an error the customer quotes, as they quote it. */
const ERROR_CODE = /\berror(?:\s+code)?\s*[:#]?\s*(#?(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)/giu;

/**
 * The errors a sentence quotes by code: a code names what went wrong more exactly than any noun beside it, and is
 * said back as typed ("the trouble with error 0x80070005"). Offsets cover "error" to the end of the code.
 */
function errorCodesIn(sentence: Sentence): Candidate[] {
  return [...sentence.text.matchAll(ERROR_CODE)]
    .filter((match) => match[1]!.replace(/^#/, '').length >= 3)
    .map((match) => ({
      text: `error ${match[1]!}`,
      plural: false,
      head: 'error',
      listed: false,
      product: false,
      activity: false,
      owned: false,
      sentence: sentence.index,
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
    }));
}

const NEVER_HEADS: ReadonlySet<string> = new Set([
  'back',
  'here',
  'there',
  'home',
  'away',
  'up',
  'down',
  'out',
  'off',
  // "5 years old", "streaming tonight": an age or a time, never a thing.
  'tonight',
  'old',
  'ago',
  // "sitting in the spot for 25 |min|", "3 |hrs|", "5 |mbps|": a unit written short measures something, never is it.
  'min',
  'mins',
  'sec',
  'secs',
  'hr',
  'hrs',
  'mbps',
  'kbps',
  // "takes about 2 minutes instead of a few |seconds|": a unit of time measures how slow, never is what is slow.
  'seconds',
  'minutes',
]);

interface BuildOptions {
  /** The head is a vague noun kept because something specific modifies it ("the Dropbox update"). */
  vagueHead?: boolean;
  /** The head was tagged a verb but ends a compound noun ("toilet rolls", customer/topic.ts `endsCompound`). */
  nounHead?: boolean;
}

function build(terms: readonly Term[], sentence: Sentence, options: BuildOptions = {}): Candidate | null {
  const first = bare(terms[0]!);
  const determiner = OWN.has(first) ? 'your' : THIRD_PERSON.has(first) || ARTICLES.has(first) ? 'the' : null;
  const body = determiner ? terms.slice(1) : terms;
  if (body.length === 0) return null;
  // "my mother's phone": the possessor stays ("your mother's phone") only when it is a plain known noun.
  const words = spellWords(body.slice(-MAX_WORDS), sentence, {
    owned: true,
    vagueHead: options.vagueHead === true,
  });
  if (!words) return null;
  // A vague head needs its modifier: "the update" alone is what the last noun before it already says better.
  if (options.vagueHead && words.length < 2 && !Object.hasOwn(TOPIC_HEADS, bare(body[body.length - 1]!))) return null;
  const headTerm = body[body.length - 1]!;
  const lastSpelled = words[words.length - 1]!;
  // A misspelt head said as the thing it names ("the trail" → "the trial", listedCorrection) heads as that thing.
  const head =
    !Object.hasOwn(TOPIC_HEADS, bare(headTerm)) && Object.hasOwn(TOPIC_HEADS, lastSpelled)
      ? lastSpelled
      : bare(headTerm);
  // "get my account back", "here's proof": words compromise tags as nouns that are places or directions in the clause.
  if (NEVER_HEADS.has(head)) return null;
  // "tired of |seeing| this", "my HULU |resetting|": an -ing word that is what someone or something does, not a
  // thing — a light verb's, or one no list or lexicon knows right after a name (the name is its subject).
  const afterName = body.length > 1 && /^\p{Lu}/u.test(words[words.length - 2] ?? '');
  if (
    !Object.hasOwn(TOPIC_HEADS, head) &&
    (isLightGerund(head) || (afterName && /ing$/.test(head) && !Object.hasOwn(lexicon, head)))
  )
    return null;
  // "the trial", "the premier": a head compromise's lexicon knows as an adjective reads as a phrase cut short.
  if (words.length === 1 && isLexiconAdjective(words[0]!)) return null;
  const lastWord = words[words.length - 1]!;
  const isProduct =
    Object.hasOwn(PRODUCT_NAMES, head) ||
    /^\p{Lu}/u.test(lastWord) ||
    isProductCasing(lastWord) ||
    (words.length > 1 && TITLE_NUMBER.test(lastWord));
  const listed = Object.hasOwn(TOPIC_HEADS, head);
  if (
    !listed &&
    !isProduct &&
    ((VAGUE_NOUNS.has(head) && !options.vagueHead) ||
      head.length < 3 ||
      (!headTerm.tags.has('Noun') && !options.nounHead) ||
      headTerm.tags.has('Actor') ||
      headTerm.tags.has('Person') ||
      PEOPLE_NOUNS.has(head))
  )
    return null;
  const allNames = words.every((word) => /^[\p{Lu}\d]/u.test(word) || /^i[A-Z]/.test(word));
  // "a gmail" → "Gmail": a product name takes no article unless it is theirs ("your iPhone"), or it names a thing one
  // holds ("his Apple ID", "the Whale Shark Card"), which takes one as any common noun does.
  const device = namesOwnedDevice(words);
  const held = determiner !== null && namesHeldThing(words);
  const article = device
    ? 'your'
    : allNames && determiner === 'the' && !held
      ? null
      : (determiner ?? (allNames ? null : 'the'));
  const text = [article, ...words].filter(Boolean).join(' ');
  const plural =
    ((options.nounHead ? lexicon[headTerm.normal] === 'Plural' : headTerm.tags.has('Plural')) &&
      !/^(data|news|series|progress|software|music)$/.test(head)) ||
    PLURAL_ONLY.test(head);
  return {
    text,
    plural,
    head,
    listed,
    product: isProduct,
    activity: false,
    owned: determiner === 'your',
    sentence: sentence.index,
    start: terms[0]!.start,
    end: headTerm.end,
  };
}

/** Kinds of problem a product itself can have (it crashes, it is slow); an order or a charge is not a product. */
const PRODUCT_KINDS: ReadonlySet<ProblemKind> = new Set(['broken', 'slow', 'how-to', 'missing', 'disagree']);

/** Kinds whose wording needs a thing ("{topic} hasn't arrived", "someone got into {topic}"), never an activity. */
const THING_KINDS: ReadonlySet<ProblemKind> = new Set(['not-arrived', 'charged-wrongly', 'account-access', 'missing']);

/** Kinds whose topic must be a thing of that kind (an order, a card, an account), never any noun nearby. */
const STRICT_KINDS: ReadonlySet<ProblemKind> = new Set(['not-arrived', 'charged-wrongly', 'account-access', 'how-to']);

const KIND_DEFAULT_HEADS: Partial<Record<ProblemKind, readonly string[]>> = {
  'account-access': ['account', 'channel', 'id', 'profile', 'email', 'login'],
};

/** "your 2-Step Verification method", "the verification app": a way into an account names the lock-out too. */
function namesWayIn(candidate: Candidate): boolean {
  // "a new account say it": the head must be a thing, not a verb compromise read as a noun.
  const entry = Object.hasOwn(lexicon, candidate.head) ? lexicon[candidate.head] : undefined;
  if (!candidate.listed && !candidate.product && entry !== undefined && entry !== 'Singular' && entry !== 'Plural')
    return false;
  return candidate.text
    .toLowerCase()
    .split(' ')
    .slice(0, -1)
    .some((word) => TOPIC_HEADS[word]?.includes('account-access') === true);
}

/** "my Spotify" when they can't get in is their Spotify account. */
function asAccount(candidate: Candidate): Candidate {
  const owner = candidate.text.replace(/^(?:your|the) /, '');
  // "my disabled iPhone": one is locked out of a device itself, not of "your iPhone account".
  if (namesOwnedDevice(owner.split(' '))) return candidate;
  if (candidate.text.endsWith(' account') || candidate.text.split(' ').length > 3) return candidate;
  return { ...candidate, text: `your ${owner} account`, head: 'account', plural: false, listed: true, product: false };
}

const ASKING_ABOUT =
  /^(?:help|issue|issues|problem|problems|trouble|question|questions|difficulty|difficulties|assistance)$/;

/** "help with my account", "a problem with the app": the phrase right after the ask names the thing. */
/**
 * The words before the object of an asked-for action: a how-to or a request, then its verb and any particle ("how do
 * I |turn off| autoplay", "can you |reset| my password", "is there a way to |move| my licence").
 */
const ASKED_ACTION =
  /(?:\bhow (?:do|can|could|would|should|will) (?:i|we|you|one)|\bhow to|\b(?:is|are) there (?:any |a |an )?(?:way|ways|option|setting) to|\bany ?way to|\bhelp me(?: to)?|\b(?:can|could|would|will) (?:you|someone|anyone|u)(?: please| pls| plz)?|\bplease|\bpls|\bplz|\btrying to|\btried to|\bwant to|\bneed to|\bwould like to) [a-z]+(?: (?:off|on|up|out|back|in|over|down|away))?\s+$/i;

/** The phrase is the object of the action they ask how to do or ask to have done. */
function isAskedObject(sentence: Sentence, candidate: Candidate): boolean {
  return ASKED_ACTION.test(sentence.text.slice(0, Math.max(0, candidate.start - sentence.start)));
}

function isWhatTheyAskAbout(sentence: Sentence, first: number): boolean {
  if (first < 2) return false;
  const preposition = sentence.terms[first - 1]!;
  return (
    /^(?:with|about|on|regarding)$/.test(preposition.normal) &&
    sentence.terms.slice(Math.max(0, first - 4), first - 1).some((term) => ASKING_ABOUT.test(term.normal))
  );
}

/** The @handles a message is written to, lower case without the "@" ("applesupport", "hulu_support"). */
export function addressedHandles(message: string): string[] {
  return [...message.matchAll(/(?<![\p{L}\p{N}_.@])@([\p{L}\p{N}_]{2,30})/gu)].map((match) => match[1]!.toLowerCase());
}

/**
 * The phrase is only the name of the company the message is addressed to ("Apple" to @AppleSupport, "Hulu" to
 * @hulu_support): who should help, rarely what went wrong. "your Gmail account" to @gmail names more than that.
 */
function namesAddressee(text: string, addressed: readonly string[]): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word !== 'your' && word !== 'the');
  return (
    words.length > 0 && words.every((word) => word.length >= 3 && addressed.some((handle) => handle.includes(word)))
  );
}

/** Where the problem was named: a cue's span in the message, and its sentence. */
export interface ProblemMention {
  sentence: number;
  start: number;
  end: number;
}

/**
 * What is known about one candidate phrase, each a number in [0, 1]; lib/coach/customer/topic-weights.ts weighs
 * them (learned from the golden labels by eval/learn-topic-weights.ts). Order matters only for the table's layout.
 */
export const TOPIC_FEATURES = [
  /** The head is a thing customers write about (lexicon/topics.ts). */
  'listed',
  /** A product or brand name, or a capitalised name, that is not a listed thing. */
  'product',
  /** Theirs: "my …" said back as "your …". */
  'theirs',
  /** A device someone owns ("your Xbox"): often the platform the problem happens on, not the problem. */
  'device',
  /** The head's kinds of problem include the one the customer has. */
  'kindFits',
  /** The kind needs a thing of its own kind (an order, an account) and this head is not one. */
  'kindMisfit',
  /** The natural thing for the kind ("account" for a lock-out). */
  'kindDefault',
  /** No kind of problem was read: a plain mention. */
  'noKind',
  /** Right after "help with", "a problem with". */
  'askedAbout',
  /** The object of what they ask how to do, or to have done: "how do I cancel |my plan|", "is there a way to move |my licence|". */
  'askedObject',
  /** In a sentence that names what went wrong. */
  'cueSentence',
  /** Inside the words that name what went wrong ("my order never arrived"). */
  'insideCue',
  /** Just before them: the subject of what went wrong ("the app keeps crashing"). */
  'beforeCue',
  /** Just after them: its object ("I can't access my email"). */
  'afterCue',
  /** Followed by a verb: the phrase is a subject ("wi fi is down"). */
  'subject',
  /** Right after a verb: the phrase is its object ("can't use Los Santos Customs"). */
  'object',
  /** After "on", "in", "from", "via": where it happens (the platform), more often than what. */
  'setting',
  /** After "with", "about", "for", "of": what something is about. */
  'about',
  /** In the first sentence (customers lead with the problem). */
  'firstSentence',
  /** How late the sentence is: 0 for the first, 1 for the fifth and after. */
  'lateSentence',
  /** In a question. */
  'question',
  /** The head noun is said again elsewhere in the message. */
  'repeated',
  /** More than one word after the article ("the Roku app", not "the app"). */
  'compound',
  /** Takes a plural verb. */
  'plural',
  /** Something the customer does, as a gerund phrase ("transferring your character"). */
  'activity',
  /** Only names the company the message is addressed to ("Apple" to @AppleSupport): who helps, rarely what broke. */
  'addressee',
  /** A negation within three words either side: what they can't use or never got ("never received my textbook"). */
  'negated',
  /** In a parenthesis or a relative clause ("(which I used for Max Payne 3)"): background, rarely the problem. */
  'aside',
  /** In a clause saying when ("when I open the app", "after visiting your site", "during calls"): the occasion. */
  'timeClause',
  /** The company's service to them ("customer service", "your support"): what they think of it, not what broke. */
  'meta',
  /** Nothing but where it stands speaks for it: no kind of thing, owner, cue, question or role in its clause. */
  'unreasoned',
] as const;

export type TopicFeature = (typeof TOPIC_FEATURES)[number];

/** A candidate phrase and what is known about it. */
export interface TopicCandidate extends Topic {
  features: Record<TopicFeature, number>;
  /** Offsets in the message. */
  start: number;
  end: number;
}

/** Which side of the nearest mention of what went wrong the phrase stands (a customer may name it twice). */
function cueRelation(
  candidate: Candidate,
  mentions: readonly ProblemMention[],
): Pick<Record<TopicFeature, number>, 'cueSentence' | 'insideCue' | 'beforeCue' | 'afterCue'> {
  const relation = { cueSentence: 0, insideCue: 0, beforeCue: 0, afterCue: 0 };
  for (const mention of mentions) {
    if (candidate.sentence !== mention.sentence) continue;
    relation.cueSentence = 1;
    if (candidate.start >= mention.start && candidate.end <= mention.end) relation.insideCue = 1;
    else if (candidate.end <= mention.start && mention.start - candidate.end <= 12) relation.beforeCue = 1;
    else if (candidate.start >= mention.end && candidate.start - mention.end <= 24) relation.afterCue = 1;
  }
  return relation;
}

/** "not", "never", "no", "unable", and the negative half compromise splits from "didn't", "can't", "won't". */
const isNegation = (term: Term): boolean =>
  term.tags.has('Negative') || /^(?:no|not|never|unable|cannot|nothing|none)$/.test(term.normal);

const SETTING_PREPOSITIONS = /^(?:on|in|from|via|through|into|onto|at)$/;

const SERVICE_HEADS = /^(?:service|support|care|help|team|staff|dept|department)$/;

/**
 * "worst customer service", "disappointed with your service", "your support team": the support the company gives,
 * which a complaint judges on the way to what went wrong. Terms [first, afterLast) are the phrase.
 */
function namesTheirSupport(candidate: Candidate, terms: readonly Term[], first: number, afterLast: number): boolean {
  if (candidate.activity || !SERVICE_HEADS.test(candidate.head) || first < 0) return false;
  const phrase = terms.slice(Math.max(0, first - 1), afterLast < 0 ? terms.length : afterLast);
  return phrase.some((term) => /^(?:customer|client|your|ur)$/.test(term.normal));
}

const NEWS_HEADS = /^(?:update|updates|news|eta|reply|replies|response|responses|answer|answers)$/;

/** "Any update?", "no response yet": news of their case asked for, never the thing that went wrong. */
function asksForNews(candidate: Candidate, sentence: Sentence): boolean {
  if (candidate.activity || !NEWS_HEADS.test(candidate.head)) return false;
  const first = sentence.terms.findIndex((term) => term.start >= candidate.start);
  const asking = (term: Term | undefined) => /^(?:any|an|a|no|some)$/.test(term?.normal ?? '');
  return first >= 0 && (asking(sentence.terms[first]) || asking(sentence.terms[first - 1]));
}

const ABOUT_PREPOSITIONS = /^(?:with|about|for|of|regarding)$/;

function features(
  candidate: Candidate,
  sentence: Sentence,
  kind: ProblemKind | null,
  mentions: readonly ProblemMention[],
  heads: ReadonlyMap<string, number>,
  addressed: readonly string[],
  clauses: readonly Clause[],
  greetings: number,
): Record<TopicFeature, number> {
  const first = sentence.terms.findIndex((term) => term.start >= candidate.start);
  // Where the message itself starts: after an e-mail's "Hello team," on a line of its own.
  const position = Math.max(0, candidate.sentence - greetings);
  const afterLast = sentence.terms.findIndex((term) => term.start >= candidate.end);
  const before = first > 0 ? sentence.terms[first - 1] : undefined;
  const after = afterLast >= 0 ? sentence.terms[afterLast] : undefined;
  const affinity = candidate.listed ? TOPIC_HEADS[candidate.head] : undefined;
  const fits = kind !== null && affinity !== undefined && affinity.includes(kind);
  // What the phrase names: an activity is as specific as the thing it acts on ("opening the apps" is "the apps").
  const words = (candidate.activity ? (candidate.actedOn ?? '') : candidate.text)
    .replace(/^(?:your|the) /, '')
    .split(' ');
  const isVerb = (term: Term | undefined) => term !== undefined && term.tags.has('Verb');
  const clause = clauseAt(clauses, candidate.start)?.kind;
  const known: Omit<Record<TopicFeature, number>, 'unreasoned'> = {
    listed: candidate.listed ? 1 : 0,
    product: candidate.product && !candidate.listed ? 1 : 0,
    theirs: candidate.owned ? 1 : 0,
    device: namesOwnedDevice(words) ? 1 : 0,
    kindFits: fits ? 1 : 0,
    kindMisfit: kind !== null && STRICT_KINDS.has(kind) && !fits ? 1 : 0,
    kindDefault: kind !== null && KIND_DEFAULT_HEADS[kind]?.includes(candidate.head) ? 1 : 0,
    noKind: kind === null ? 1 : 0,
    askedAbout: isWhatTheyAskAbout(sentence, first) ? 1 : 0,
    askedObject: !candidate.activity && isAskedObject(sentence, candidate) ? 1 : 0,
    ...cueRelation(candidate, mentions),
    subject: isVerb(after) ? 1 : 0,
    object: isVerb(before) ? 1 : 0,
    setting: before !== undefined && SETTING_PREPOSITIONS.test(before.normal) ? 1 : 0,
    about: before !== undefined && ABOUT_PREPOSITIONS.test(before.normal) ? 1 : 0,
    firstSentence: position === 0 ? 1 : 0,
    lateSentence: Math.min(position, 4) / 4,
    question: /\?\s*$/.test(sentence.text) ? 1 : 0,
    repeated: (heads.get(candidate.head) ?? 0) > 1 ? 1 : 0,
    compound: words.length > 1 ? 1 : 0,
    plural: candidate.plural ? 1 : 0,
    activity: candidate.activity ? 1 : 0,
    addressee: namesAddressee(candidate.text, addressed) ? 1 : 0,
    negated:
      sentence.terms.slice(Math.max(first - 3, 0), Math.max(first, 0)).some(isNegation) ||
      (afterLast >= 0 && sentence.terms.slice(afterLast, afterLast + 3).some(isNegation))
        ? 1
        : 0,
    meta: namesTheirSupport(candidate, sentence.terms, first, afterLast) ? 1 : 0,
    aside: clause === 'aside' ? 1 : 0,
    timeClause: clause === 'time' ? 1 : 0,
  };
  const reasoned = Object.entries(known).some(([feature, value]) => value > 0 && !POSITIONAL.has(feature));
  return { ...known, unreasoned: reasoned ? 0 : 1 };
}

/**
 * Features that only say where a phrase stands or how it is built, or speak against it (background, the company's
 * support), not why it would be the topic.
 */
const POSITIONAL: ReadonlySet<string> = new Set([
  'noKind',
  'firstSentence',
  'lateSentence',
  'compound',
  'plural',
  'aside',
  'timeClause',
  'meta',
]);

/** A sentence that only greets: "Hello team,", "Hi there!", "Dear Sir/Madam,", "To whom it may concern:". */
const GREETING_ONLY =
  /^(?:(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b[^.!?\n]{0,30}|to whom it may concern)[,:!.]?$/i;

/** How many sentences at the start of the message only greet (at most two: "Booking ref QX7Y2B" can precede one). */
function openingGreetings(text: AnalyzedText): number {
  const index = text.sentences.slice(0, 2).findIndex((sentence) => GREETING_ONLY.test(sentence.text.trim()));
  return index < 0 ? 0 : index + 1;
}

/**
 * Every phrase that could name the problem, with its features. Phrases the problem's wording cannot take are left
 * out here, not weighed: "someone got into {topic}" is said of accounts only, and a company's name is not what
 * went missing or was charged.
 */
export function topicCandidates(
  text: AnalyzedText,
  kind: ProblemKind | null,
  mentions: readonly ProblemMention[],
  addressed: readonly string[] = [],
): TopicCandidate[] {
  const heads = new Map<string, number>();
  const greetings = openingGreetings(text);
  for (const sentence of text.sentences)
    for (const term of sentence.terms) heads.set(bare(term), (heads.get(bare(term)) ?? 0) + 1);
  const found: TopicCandidate[] = [];
  for (const sentence of text.sentences) {
    const codes = errorCodesIn(sentence);
    // "error CE-34878-0": a piece of the code ("CE") is no phrase of its own.
    const inCode = (phrase: Candidate) => codes.some((code) => phrase.start >= code.start && phrase.end <= code.end);
    const named = [...candidatesIn(sentence).filter((phrase) => !inCode(phrase)), ...codes];
    const phrases = kind === 'charged-wrongly' ? [...named, ...chargesIn(sentence, named, mentions)] : named;
    const activities = kind && THING_KINDS.has(kind) ? [] : activitiesIn(sentence, phrases);
    const clauses = clausesOf(sentence);
    for (const phrase of [...phrases, ...activities]) {
      const candidate = kind === 'account-access' && phrase.product && !phrase.listed ? asAccount(phrase) : phrase;
      // Shut out of an account, the password or the code is the way in, not the thing: the default (their account) says it better.
      if (kind === 'account-access' && CREDENTIALS.has(candidate.head)) continue;
      const affinity = candidate.listed ? TOPIC_HEADS[candidate.head] : undefined;
      // What the words of the lock-out or hack are said of is what was entered, whatever its kind of thing: "can't
      // sign into |my Rockstar Game launcher|", "|a meeting| that was hacked", "hacked |my zoom meeting|".
      if (
        kind === 'account-access' &&
        !(affinity && affinity.includes(kind)) &&
        !namesWayIn(candidate) &&
        !(!candidate.activity && isEnteredThing(text.text, candidate, mentions))
      )
        continue;
      if (!affinity && candidate.product && kind && !PRODUCT_KINDS.has(kind)) continue;
      if (asksForNews(candidate, sentence)) continue;
      const said = asNameSays(withCustomerCapitals(candidate, sentence), candidate.plural);
      found.push({
        text: said.text,
        plural: said.plural,
        head: candidate.head,
        features: features(candidate, sentence, kind, mentions, heads, addressed, clauses, greetings),
        start: candidate.start,
        end: candidate.end,
      });
    }
  }
  return found;
}

/** A candidate's score under a weight table: the sum of its weighted features. */
export function topicScore(candidate: TopicCandidate, weights: Readonly<Record<TopicFeature, number>>): number {
  let score = 0;
  for (const feature of TOPIC_FEATURES) score += weights[feature] * candidate.features[feature];
  return score;
}

/**
 * The best candidate, or null when naming none scores higher (then the engine says less): "none" is an option of
 * its own, learned with the rest, worth `none.bias`, plus `none.noKind` when no kind of problem was read.
 */
export function bestTopic(
  candidates: readonly TopicCandidate[],
  kind: ProblemKind | null,
  table: TopicWeightTable,
): TopicCandidate | null {
  let best: TopicCandidate | null = null;
  let bestScore = table.none.bias + (kind === null ? table.none.noKind : 0);
  for (const candidate of candidates) {
    const score = topicScore(candidate, table.weights);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** What may stand between the words of a lock-out and what it is of: "can't log in |to| the Social account". */
const LINKING = /^(?:[\s\S]|\s(?:(?:in\s+)?to|into|onto|of)\s)?$/i;

/** A mention that names what was entered itself ("a notification that |my password was changed|"). */
const OWN_SUBJECT = /^(?:my|our|your|the|his|her|their|a|an|this|that)\s/i;

/** What may stand between a thing and the word saying it was entered: "my meeting |was| hacked", "a meeting |that got| hacked". */
const ENTERED_SUBJECT = /^\s+(?:(?:that|which)\s+)?(?:(?:was|is|has|have|had|were|got|been|just|being)\s+){0,3}$/i;

/**
 * The phrase is what the words of a lock-out or hack are said of: their object right after them ("can't sign |into|
 * my launcher", "hacked my meeting"), or their subject right before a passive ("a meeting that was hacked").
 */
function isEnteredThing(
  text: string,
  candidate: Pick<Candidate, 'start' | 'end'>,
  mentions: readonly ProblemMention[],
): boolean {
  return mentions.some(
    (mention) =>
      (candidate.start >= mention.end && LINKING.test(text.slice(mention.end, candidate.start))) ||
      (candidate.end <= mention.start &&
        ENTERED_SUBJECT.test(text.slice(candidate.end, mention.start)) &&
        !OWN_SUBJECT.test(text.slice(mention.start, mention.end))),
  );
}

/**
 * What a lock-out or a hack is of, by grammar rather than weight: the object of the words that say it ("someone got
 * into |my Gmail account|", "locked out of |my Spotify|", "can't access |my email|") or the subject they are said of
 * ("|my PSN account| got hacked, someone changed the email"), whatever else the message
 * names ("… and changed the recovery email").
 */
function entered(
  text: string,
  candidates: readonly TopicCandidate[],
  mentions: readonly ProblemMention[],
): TopicCandidate | null {
  return (
    candidates.find(
      (candidate) =>
        isEnteredThing(text, candidate, mentions) ||
        mentions.some((mention) => candidate.start >= mention.start && candidate.end === mention.end),
    ) ?? null
  );
}

/**
 * The best noun phrase for the problem: an order number they quote for an order that never came, went missing or
 * is to be refunded (for a wrong charge the charge itself says more than the order it was on), else the candidate the
 * learned weights (topic-weights.ts) score highest — theirs, near what went wrong, of a kind of thing that fits it.
 */
export function findTopic(
  text: AnalyzedText,
  kind: ProblemKind | null,
  mentions: readonly ProblemMention[],
  specifics: readonly Specific[],
  addressed: readonly string[] = [],
  refundAsked = false,
): Topic | null {
  const reference = specifics.find(
    (item) =>
      item.kind === 'order-number' &&
      /\border\s*(?:no\.?|number|#)?\s*[:#]?\s*$/i.test(
        text.text.slice(Math.max(0, item.span.start - 16), item.span.start),
      ),
  );
  if (reference && (kind === 'not-arrived' || kind === 'missing' || refundAsked)) {
    const hash = text.text.charAt(reference.span.start - 1) === '#' ? '#' : '';
    return { text: `order ${hash}${reference.text}`, plural: false, head: 'order' };
  }
  const candidates = topicCandidates(text, kind, mentions, addressed);
  const best =
    (kind === 'account-access' && entered(text.text, candidates, mentions)) ||
    bestTopic(candidates, kind, TOPIC_WEIGHTS);
  return best && { text: best.text, plural: best.plural, head: best.head };
}
