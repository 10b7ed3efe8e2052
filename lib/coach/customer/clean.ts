/**
 * The customer's message as it really comes — HTML entities, @handles, links, quoted history, "Sent from my
 * iPhone", signatures, chat shorthand — turned into the text the engine reads, with a map from every offset of
 * that clean text back to the original. Analysis runs on the clean text; every span it returns is mapped back, so
 * the panel highlights the customer's own characters.
 *
 * The clean text is built from pieces of the original: copied runs (offsets shift by a constant), replacements
 * (an entity, a handle, a shorthand word: the whole replacement maps to the whole original token) and deletions.
 * Nothing is ever inserted where the original had nothing, so every clean span maps to an original span that
 * starts and ends on a token boundary — never inside an entity or an emoji.
 */
import { decodeHTMLStrict } from 'entities/decode';
import { boundedCache } from '../engine-state';
import type { CustomerAnalysis, Span } from '../types';

export interface CleanText {
  original: string;
  /** What the engine reads. */
  text: string;
  /** The original span a span of `text` came from. */
  toOriginal(span: Span): Span;
}

/** A piece of the clean text and the part of the original it stands for. */
interface Piece {
  cleanStart: number;
  cleanEnd: number;
  originalStart: number;
  originalEnd: number;
  /** Copied as is: offsets inside map one to one. */
  copied: boolean;
}

class CleanBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;

  constructor(private readonly original: string) {}

  copy(start: number, end: number): void {
    if (end > start) this.push(start, end, this.original.slice(start, end), true);
  }

  replace(start: number, end: number, text: string): void {
    if (text.length > 0) this.push(start, end, text, false);
  }

  private push(originalStart: number, originalEnd: number, text: string, copied: boolean): void {
    this.parts.push(text);
    this.pieces.push({
      cleanStart: this.length,
      cleanEnd: this.length + text.length,
      originalStart,
      originalEnd,
      copied,
    });
    this.length += text.length;
  }

  build(): CleanText {
    const text = this.parts.join('');
    const pieces = this.pieces;
    const original = this.original;
    /** The first piece whose clean range ends after `offset` (binary search: pieces are in order). */
    const pieceAt = (offset: number, inclusiveEnd: boolean): Piece | undefined => {
      let low = 0;
      let high = pieces.length - 1;
      let found: Piece | undefined;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const piece = pieces[middle]!;
        const ends = inclusiveEnd ? piece.cleanEnd >= offset : piece.cleanEnd > offset;
        if (ends) {
          found = piece;
          high = middle - 1;
        } else low = middle + 1;
      }
      return found;
    };
    const startOf = (offset: number): number => {
      const piece = pieceAt(offset, false);
      if (!piece) return pieces.length > 0 ? pieces[pieces.length - 1]!.originalEnd : original.length;
      return piece.copied ? piece.originalStart + Math.max(0, offset - piece.cleanStart) : piece.originalStart;
    };
    const endOf = (offset: number): number => {
      if (offset <= 0) return startOf(0);
      const piece = pieceAt(offset, true);
      if (!piece) return pieces.length > 0 ? pieces[pieces.length - 1]!.originalEnd : original.length;
      return piece.copied ? piece.originalStart + (offset - piece.cleanStart) : piece.originalEnd;
    };
    return {
      original,
      text,
      toOriginal(span: Span): Span {
        const start = startOf(span.start);
        if (span.end <= span.start) return { start, end: start };
        return { start, end: Math.max(start, endOf(span.end)) };
      },
    };
  }
}

/** Where the customer's own words stop: a reply quoting the history below it, a forwarded message, a signature. */
const HISTORY_STARTS: readonly RegExp[] = [
  // Gmail and Apple Mail: "On Mon, 3 Mar 2026 at 10:04, Ana <ana@example.com> wrote:" (sometimes wrapped once).
  /^[ \t]*On\b[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$/im,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}/im,
  // Outlook's header block: "From: …" followed by "Sent:" or "Date:".
  /^[ \t]*From:[^\n]*\n[ \t]*(?:Sent|Date):/im,
  /^[ \t]*_{8,}[ \t]*$/m,
  // The standard signature delimiter "-- ".
  /^-- ?$/m,
];

/** Whole lines that are never the customer speaking. */
const NOISE_LINE =
  /^[ \t]*(?:>.*|Sent from my [^\n]*|Sent from (?:Yahoo )?Mail for [^\n]*|Sent from Outlook[^\n]*|Get Outlook for [^\n]*|Sent via [^\n]*|Sent from Samsung[^\n]*)$/gim;

const SIGN_OFF_LINE =
  /^[ \t]*(?:thanks|thank you|many thanks|thanks again|regards|kind regards|best regards|warm regards|best|cheers|sincerely|yours sincerely|yours truly|warmly|thx)[ \t]*[,.!-]*[ \t]*$/i;
const NAME_LINE = /^[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u;
/** A signature line under the name: a title, a company, a phone number, an address, a link. */
const SIGNATURE_DETAIL =
  /^[ \t]*(?!P\.?S\b)(?![^\n]*\?[ \t]*$)(?:[^\n]{0,60}[|•·][^\n]{0,60}|[+(]?\d[\d\s().-]{6,}\d|[^\s@]+@[^\s@]+\.\S+|(?:https?:\/\/|www\.)\S+|(?:\S+[ \t]+){0,7}\S+)[ \t]*$/;

/** The end of the customer's own text: the earliest start of quoted history, unless it would leave nothing. */
function ownTextEnd(message: string): number {
  let end = message.length;
  for (const pattern of HISTORY_STARTS) {
    const found = pattern.exec(message);
    if (found && found.index < end && message.slice(0, found.index).trim().length > 0) end = found.index;
  }
  return end;
}

interface LineSpan {
  start: number;
  /** Index of the line break that ends it (or the text length). */
  end: number;
  /** Up to the start of the next line. */
  next: number;
}

function linesOf(text: string, limit: number): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  while (start < limit) {
    const breakAt = text.indexOf('\n', start);
    const end = breakAt < 0 || breakAt > limit ? limit : breakAt;
    lines.push({ start, end, next: breakAt < 0 || breakAt >= limit ? limit : breakAt + 1 });
    start = end + 1;
  }
  return lines;
}

/**
 * The lines of a signature block: after a sign-off ("Thanks,") and the name line, up to six short lines of
 * title, company, phone and links. The sign-off and the name stay (the name is how the reply greets them).
 */
function signatureLines(message: string, lines: readonly LineSpan[]): Set<number> {
  const dropped = new Set<number>();
  const content = lines
    .map((line, index) => ({ index, text: message.slice(line.start, line.end) }))
    .filter((line) => line.text.trim().length > 0);
  for (let at = Math.max(0, content.length - 9); at < content.length - 2; at += 1) {
    if (!SIGN_OFF_LINE.test(content[at]!.text) || !NAME_LINE.test(content[at + 1]!.text)) continue;
    const rest = content.slice(at + 2);
    if (rest.length <= 6 && rest.every((line) => SIGNATURE_DETAIL.test(line.text)))
      for (const line of rest) dropped.add(line.index);
    break;
  }
  return dropped;
}

/** Chat shorthand and apostrophes left out, read as the words they stand for. Ambiguous ones ("ill", "its", "id", "were") are left alone. */
const SHORTHAND: Readonly<Record<string, string>> = {
  // "cannot" is one word that compromise reads as two ("can" + an implied "not"), which no pattern group matches.
  cannot: "can't",
  cant: "can't",
  dont: "don't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  dnt: "don't",
  im: "I'm",
  ive: "I've",
  youre: "you're",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  heres: "here's",
  wouldve: "would've",
  couldve: "could've",
  shouldve: "should've",
  i: 'I',
  u: 'you',
  ur: 'your',
  plz: 'please',
  pls: 'please',
  plse: 'please',
  plzz: 'please',
  plox: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  thks: 'thanks',
  tnx: 'thanks',
  ty: 'thank you',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  bcoz: 'because',
  bcuz: 'because',
  idk: "I don't know",
  ppl: 'people',
  msg: 'message',
  msgs: 'messages',
  acc: 'account',
  acct: 'account',
  pw: 'password',
  pwd: 'password',
  tho: 'though',
  thru: 'through',
  abt: 'about',
  wat: 'what',
  wht: 'what',
  rn: 'right now',
  btw: 'by the way',
  sth: 'something',
  smth: 'something',
  hv: 'have',
  wen: 'when',
  b4: 'before',
  ppls: 'people',
};
/** "ur" before these reads as "you're" ("ur kidding"), otherwise as "your". */
const YOU_ARE_NEXT =
  /^(?:so|not|the|a|an|going|gonna|kidding|joking|welcome|right|wrong|supposed|telling|saying|being|making|still|just|really|very|too|always|never)$|ing$/i;

function withCaseOf(word: string, expansion: string): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return expansion.toUpperCase();
  if (/^\p{Lu}/u.test(word)) return expansion.charAt(0).toUpperCase() + expansion.slice(1);
  return expansion;
}

/**
 * Tokens the clean text replaces or drops, in priority order: links, @handles, entities, markup, invisible
 * characters, split contractions ("i ve", "don t", "thx u"), then single words (shorthand).
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<url>\b(?:https?:[ ]?\/\/|www\.)[^\s<>"]+)`,
    // ".@hulu": a stop before a handle (so the tweet shows to everyone) is part of the address.
    String.raw`(?<handle>(?:(?<!\S)\.)?(?<![\p{L}\p{N}_@]|\S\.)@[\p{L}\p{N}_]{1,30})`,
    String.raw`(?<entity>&(?:amp;)*(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});)`,
    String.raw`(?<tag><\/?(?:br|p|div|span|a|b|i|u|em|strong|font|img|li|ul|ol|blockquote)\b[^<>\n]{0,200}>)`,
    String.raw`(?<invisible>[\u200b\u200c\u2060\ufeff\u00ad]+)`,
    String.raw`(?<pair>(?<![\p{L}\p{N}'’])(?:(?:i|you|we|they)[ ](?:ve|m|re|ll|d)|(?:can|don|won|isn|wasn|didn|doesn|aren|couldn|wouldn|shouldn|haven|hasn)[ ]t|(?:thx|thnx|thanx|thks|tnx|thank|ty)[ ](?:u|yu|ya))(?![\p{L}\p{N}'’]))`,
    String.raw`(?<pronoun>(?<![\p{L}\p{N}'’])i(?=['’](?:m|ve|ll|d)(?![\p{L}])))`,
    String.raw`(?<word>(?<![\p{L}\p{N}'’&#])[\p{L}\p{N}]+(?![\p{L}\p{N}'’]))`,
    String.raw`(?<stop>(?<=\p{L})\.(?=[ \t]))`,
  ].join('|'),
  'giu',
);

const SPLIT_CONTRACTION: Readonly<Record<string, string>> = { ve: "'ve", m: "'m", re: "'re", ll: "'ll", d: "'d" };

function pairReading(pair: string): string {
  const [first, second] = pair.split(' ') as [string, string];
  const lowerSecond = second.toLowerCase();
  if (/^(?:u|yu|ya)$/.test(lowerSecond)) return withCaseOf(first, 'thank you');
  if (lowerSecond === 't') return `${first}'t`;
  const subject = first.toLowerCase() === 'i' ? 'I' : first;
  return `${subject}${SPLIT_CONTRACTION[lowerSecond] ?? lowerSecond}`;
}

/** Only handles, links, "link" placeholders and blanks between `offset` and the end of its line. */
const LINE_REST_IS_NOISE = /^(?:[ \t]*(?:@[\p{L}\p{N}_]+|(?:https?:[ ]?\/\/|www\.)[^\s<>"]+|link\b))*[ \t]*(?:\n|$)/u;

/** Words that open a line before the addressee: "Hey @Google, …", "Bruh @RockstarGames @RockstarSupport I lost…". */
const ADDRESS_OPENER =
  /^(?:[ \t]*(?:@[\p{L}\p{N}_]+|hey|hi|hii|hello|hiya|dear|yo|ok|okay|so|bruh|bro|guys|um|uh|oh)[ \t]*[,:!.]?)*[ \t]*$/iu;
const HANDLE_NEXT = /^[ \t]*[,:]?[ \t]*@[\p{L}\p{N}_]/u;
const HANDLE_BEFORE = /@[\p{L}\p{N}_]+[ \t]*[,:]?[ \t]*$/u;

function handleRole(message: string, start: number, end: number, lineStart: number): 'drop' | 'name' {
  const before = message.slice(lineStart, start);
  // An address list opening the line ("@AppleSupport @Apple my …", "Hey @Google, …") or closing it ("… help @Dropbox").
  if (ADDRESS_OPENER.test(before)) return 'drop';
  if (LINE_REST_IS_NOISE.test(message.slice(end))) return 'drop';
  // Two handles in a row address the message wherever they stand; one handle in a sentence is a name in it.
  if (HANDLE_NEXT.test(message.slice(end)) || HANDLE_BEFORE.test(before)) return 'drop';
  return 'name';
}

/** The dataset's stand-in for a link ("… thanks! link"), and a bare "link" closing a message after its last sentence. */
function isLinkPlaceholder(message: string, start: number, end: number, lineStart: number): boolean {
  if (!LINE_REST_IS_NOISE.test(message.slice(end))) return false;
  const before = message.slice(lineStart, start).trimEnd();
  return before.length === 0 || /[.!?…:)(\p{Extended_Pictographic}]$/u.test(before);
}

function wordReading(message: string, word: string, end: number): string | null {
  const lower = word.toLowerCase();
  if (!Object.hasOwn(SHORTHAND, lower)) return null;
  // "I" is already right; "U2", "UR" in capitals among capitals is shouting and still reads the same.
  if (word === 'I') return null;
  if (lower === 'ur') {
    const next = /^[ \t]+([\p{L}]+)/u.exec(message.slice(end))?.[1] ?? '';
    return withCaseOf(word, YOU_ARE_NEXT.test(next) ? "you're" : 'your');
  }
  const expansion = SHORTHAND[lower]!;
  const cased = withCaseOf(word, expansion);
  // "im" → "I'm": the pronoun is capital whatever the customer typed.
  return /^i\b/.test(cased) ? `I${cased.slice(1)}` : cased;
}

function entityReading(entity: string): string | null {
  // Twitter and some helpdesks encode twice ("&amp;#39;"): decode until nothing changes.
  let decoded = entity;
  for (let round = 0; round < 3; round += 1) {
    const next = decodeHTMLStrict(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  if (decoded === entity) return null;
  // A no-break space reads as a space; control characters and the replacement for an invalid code ("&#0;") as nothing.
  return decoded.replace(/\u00a0/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g, '');
}

/**
 * "FIX. THE. ROKU. APP. IMMEDIATELY.": three or more capitalised one-word sentences in a row are one sentence said
 * word by word, for emphasis. The stops inside the run are dropped, so the demand reads as the sentence it is.
 */
const CLAPPED = /(?:\p{Lu}[\p{L}'’]*\.[ \t]+){2,}\p{Lu}[\p{L}'’]*[.!]/gu;
/** What may stand before such a run: nothing on its line, a sentence's end, or an address handle. */
const SENTENCE_START_BEFORE = /(?:^|[.!?:]|@[\p{L}\p{N}_]+)[ \t]*$/u;

function clappedStops(message: string, start: number, end: number): Set<number> {
  const stops = new Set<number>();
  for (const run of message.slice(start, end).matchAll(CLAPPED)) {
    const runStart = start + run.index;
    const lineStart = message.lastIndexOf('\n', runStart - 1) + 1;
    if (!SENTENCE_START_BEFORE.test(message.slice(lineStart, runStart))) continue;
    for (let offset = runStart; offset < runStart + run[0].length - 1; offset += 1)
      if (message[offset] === '.') stops.add(offset);
  }
  return stops;
}

function cleanRegion(builder: CleanBuilder, message: string, start: number, end: number): void {
  const region = message.slice(0, end);
  const clapped = clappedStops(message, start, end);
  TOKEN.lastIndex = start;
  let copiedTo = start;
  for (let match = TOKEN.exec(region); match; match = TOKEN.exec(region)) {
    const tokenStart = match.index;
    const tokenEnd = tokenStart + match[0].length;
    const groups = match.groups ?? {};
    const lineStart = message.lastIndexOf('\n', tokenStart - 1) + 1;
    let reading: string | null;
    let dropEnd = tokenEnd;
    if (groups.url !== undefined) {
      // A sentence's full stop after a link belongs to the sentence.
      const trailing = /[.,;:!?)]+$/.exec(match[0])?.[0].length ?? 0;
      dropEnd = tokenEnd - trailing;
      reading = '';
    } else if (groups.handle !== undefined) {
      if (handleRole(message, tokenStart, tokenEnd, lineStart) === 'drop') {
        reading = '';
        // Swallow the blank after a leading handle, so the line starts with the customer's first word.
        const blank = /^[:,]?[ \t]+/.exec(region.slice(tokenEnd))?.[0].length ?? 0;
        dropEnd = tokenEnd + blank;
      } else reading = match[0].replace(/^\.?@/, '');
    } else if (groups.entity !== undefined) reading = entityReading(match[0]);
    else if (groups.tag !== undefined)
      reading = /^<br\b/i.test(match[0]) || /^<\/(?:p|div|li)\b/i.test(match[0]) ? '\n' : ' ';
    else if (groups.invisible !== undefined) reading = '';
    else if (groups.pair !== undefined) reading = pairReading(match[0]);
    else if (groups.pronoun !== undefined) reading = 'I';
    else if (groups.stop !== undefined) reading = clapped.has(tokenStart) ? '' : null;
    else if (match[0].toLowerCase() === 'link' && isLinkPlaceholder(message, tokenStart, tokenEnd, lineStart))
      reading = '';
    else reading = wordReading(message, match[0], tokenEnd);
    if (reading === null) continue;
    builder.copy(copiedTo, tokenStart);
    builder.replace(tokenStart, dropEnd, reading);
    copiedTo = dropEnd;
    TOKEN.lastIndex = dropEnd;
  }
  builder.copy(copiedTo, end);
}

const cleaned = boundedCache<string, CleanText>('customer: cleaned messages', 64);

/** The clean reading of a customer's message, with its map back to the original (cached: the message rarely changes). */
export function cleanCustomerText(message: string): CleanText {
  let clean = cleaned.get(message);
  if (!clean) {
    clean = buildCleanText(message);
    cleaned.set(message, clean);
  }
  return clean;
}

function buildCleanText(message: string): CleanText {
  const builder = new CleanBuilder(message);
  const end = ownTextEnd(message);
  const lines = linesOf(message, end);
  const signature = signatureLines(message, lines);
  const noise = new Set<number>();
  NOISE_LINE.lastIndex = 0;
  for (const found of message.slice(0, end).matchAll(NOISE_LINE)) {
    const index = lines.findIndex((line) => line.start <= found.index && found.index <= line.end);
    if (index >= 0) noise.add(index);
  }
  lines.forEach((line, index) => {
    if (signature.has(index) || noise.has(index)) return;
    cleanRegion(builder, message, line.start, line.end);
    // The line break itself is copied, so paragraphs stay paragraphs.
    builder.copy(line.end, line.next);
  });
  return builder.build();
}

/**
 * An analysis of the clean text with every span moved onto the original message. Evidence and stress keep the
 * customer's own characters (what the span covers); questions and specifics keep their clean reading (what the
 * panel shows and the reply echoes: "AT&T", not "AT&amp;T").
 */
export function analysisOnOriginal(analysis: CustomerAnalysis, clean: CleanText): CustomerAnalysis {
  const onOriginal = <T extends { span: Span }>(item: T): T => ({ ...item, span: clean.toOriginal(item.span) });
  const covered = (span: Span): string => clean.original.slice(span.start, span.end);
  return {
    ...analysis,
    emotions: analysis.emotions.map((reading) => ({
      ...reading,
      evidence: reading.evidence.map((evidence) => {
        const span = clean.toOriginal(evidence);
        return { ...span, text: covered(span) };
      }),
    })),
    stress: analysis.stress.map((signal) => {
      const span = clean.toOriginal(signal.span);
      return { ...signal, span, text: covered(span) };
    }),
    questions: analysis.questions.map(onOriginal),
    specifics: analysis.specifics.map(onOriginal),
  };
}
