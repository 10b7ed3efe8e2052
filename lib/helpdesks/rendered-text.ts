/**
 * Turns a message's DOM into plain text the way a reader sees it: block elements break lines, quoted history,
 * signatures and page chrome are left out, whitespace is normalised, and the result is capped. Reads only.
 */
import { BLOCK_TAG_NAMES, tagSet } from '../editors/tags';

/** Longest customer message we keep; longer ones are cut (on a code-point boundary) rather than rejected. */
export const MAX_MESSAGE_CHARS = 20_000;

/** Never message text: page chrome, and quoted history / signatures marked up by mail clients and helpdesks. */
export const ALWAYS_SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'textarea',
  'input',
  '[hidden]',
  '[aria-hidden="true"]',
  // Collapsed tabs and menus hidden inline (no layout is needed to see these, so happy-dom and browsers agree).
  '[style*="display: none"]',
  '[style*="display:none"]',
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.moz-cite-prefix',
  '.moz-signature',
  '#divRplyFwdMsg',
  '#appendonsend',
  '.OutlookMessageHeader',
  '.yahoo_quoted',
  '.signature',
  '[contenteditable="true"]',
].join(',');

const BLOCK_TAGS = tagSet(BLOCK_TAG_NAMES);

/** Stop collecting once this much raw text is gathered: a 5 MB pasted log must not stall the page. */
const COLLECT_BUDGET = MAX_MESSAGE_CHARS * 4;

interface CollectState {
  /** Characters gathered so far (for the budget). */
  length: number;
  /** Depth inside <pre>, where whitespace is kept. */
  pre: number;
  /** Line breaks owed before the next text: 1 between blocks, 2 around paragraphs (as innerText renders them). */
  pendingBreaks: number;
}

function emit(text: string, out: string[], state: CollectState): void {
  if (state.pendingBreaks > 0) {
    if (!/\S/.test(text)) return;
    if (out.length > 0) out.push('\n'.repeat(state.pendingBreaks));
    state.pendingBreaks = 0;
  }
  out.push(text);
  state.length += text.length;
}

/** The body of a same-origin iframe, or null (cross-origin frames throw or give no document). */
export function frameBody(frame: Element): HTMLElement | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

function collect(node: Node, skip: string, out: string[], state: CollectState): void {
  for (let child = node.firstChild; child && state.length < COLLECT_BUDGET; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // A single enormous text node (a pasted log) is cut to the budget before any regex runs over it.
      const data = (child as Text).data.slice(0, COLLECT_BUDGET - state.length + 1);
      emit(state.pre > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '), out, state);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.tagName === 'BR') {
        out.push('\n');
        continue;
      }
      if (element.tagName === 'IFRAME') {
        // Helpdesks sandbox HTML mail in same-origin iframes (Znuny's ArticleMailContentHTMLWrapper): read through.
        const inner = frameBody(element);
        if (inner) {
          state.pendingBreaks = Math.max(state.pendingBreaks, 1);
          collect(inner, skip, out, state);
          state.pendingBreaks = Math.max(state.pendingBreaks, 1);
        }
        continue;
      }
      if (element.matches(skip)) continue;
      const breaks = element.tagName === 'P' ? 2 : BLOCK_TAGS.has(element.tagName) ? 1 : 0;
      const pre = element.tagName === 'PRE';
      state.pendingBreaks = Math.max(state.pendingBreaks, breaks);
      if (pre) state.pre++;
      collect(element, skip, out, state);
      if (pre) state.pre--;
      state.pendingBreaks = Math.max(state.pendingBreaks, breaks);
    }
  }
}

/** The rendered-looking text of `element`, without the parts matched by `extraSkip` or ALWAYS_SKIP. */
export function visibleText(element: Element, extraSkip?: string): string {
  const out: string[] = [];
  collect(element, extraSkip ? `${ALWAYS_SKIP},${extraSkip}` : ALWAYS_SKIP, out, {
    length: 0,
    pre: 0,
    pendingBreaks: 0,
  });
  return out.join('');
}

/** Lines that start quoted history in plain-text mail; everything from them on is dropped. */
const QUOTE_HEADER = [
  /^On\b.{0,300}\bwrote:$/i,
  /^(Le|Am|El|Il|Op|Em|Den|På)\b.{0,300}\b(a écrit|schrieb|escribió|ha scritto|schreef|escreveu|skrev)\b.{0,80}:$/i,
  /^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}$/i,
  /^_{10,}$/,
  /^(From|Von|De):\s.+$/i,
];
/** Lines that start a signature (RFC 3676 "-- " and mobile footers); everything from them on is dropped. */
const SIGNATURE_START = [
  /^--$/,
  /^Sent from my \S+/i,
  /^Get Outlook for \S+/i,
  /^Envoyé de mon \S+/i,
  /^Von meinem \S+ gesendet/i,
];

function isQuoteHeader(line: string, next: string | undefined): boolean {
  if (/^(From|Von|De):\s/i.test(line)) {
    // An Outlook header block, not a sentence that happens to start with "From:".
    return next !== undefined && /^(Sent|Date|Gesendet|Envoyé|To|An|À):\s/i.test(next);
  }
  if (QUOTE_HEADER.some((pattern) => pattern.test(line))) return true;
  // Mail clients wrap a long attribution over two lines.
  return (
    next !== undefined &&
    /^On\b/i.test(line) &&
    !/[.!?]$/.test(line) &&
    /\bwrote:$/i.test(`${line} ${next}`) &&
    `${line} ${next}`.length < 300
  );
}

/** Drops quoted history and signatures from plain text, line by line. */
export function stripQuotedHistory(lines: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let following = i + 1;
    while (following < lines.length && lines[following] === '') following++;
    const next = lines[following];
    if (isQuoteHeader(line, next) || SIGNATURE_START.some((pattern) => pattern.test(line))) break;
    if (line.startsWith('>')) continue;
    kept.push(line);
  }
  return kept;
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
export function capLength(text: string, max = MAX_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, cut).trimEnd();
}

/** Normalises whitespace (NBSP, zero-width, CRLF, runs of blanks), strips quoted history and caps the length. */
export function cleanMessageText(raw: string): string {
  const lines = raw
    .normalize('NFC')
    // Zero-width spaces and soft hyphens are invisible noise; the zero-width joiner stays (emoji sequences).
    .replace(/[\u200B\u200C\u2060\uFEFF\u00AD]/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0\u202F]+/g, ' ').trim());
  const text = stripQuotedHistory(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capLength(text);
}

/** The clean text of a message body element. */
export function messageText(body: Element, extraSkip?: string): string {
  return cleanMessageText(visibleText(body, extraSkip));
}

/** A display name: one line, no e-mail address in angle brackets, at most 100 characters. */
export function cleanName(raw: string | null | undefined): string | undefined {
  const name = (raw ?? '')
    .replace(/<[^>]*@[^>]*>/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  return name ? capLength(name, 100) : undefined;
}
