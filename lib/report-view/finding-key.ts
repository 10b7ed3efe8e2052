/**
 * An ignored finding is remembered by a hash of its rule and the text around it, not by offsets: offsets move
 * with every keystroke, the surrounding words do not. Only the hash is stored, never the words.
 */
import type { Finding } from '../coach/types';

/** Characters of context on each side of the finding's span, within its sentence. */
export const CONTEXT_CHARS = 24;

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Whitespace-insensitive, so re-wrapping a line does not resurrect an ignored finding. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Context stops at a sentence end: edits in other sentences must not change the key. */
const SENTENCE_END = /[.!?\n]/;

function contextBefore(draft: string, start: number): string {
  const window = draft.slice(Math.max(0, start - CONTEXT_CHARS), start);
  let cut = -1;
  for (let i = window.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(window[i]!)) {
      cut = i;
      break;
    }
  }
  return window.slice(cut + 1);
}

function contextAfter(draft: string, end: number): string {
  const window = draft.slice(end, end + CONTEXT_CHARS);
  const stop = window.search(SENTENCE_END);
  return stop < 0 ? window : window.slice(0, stop + 1);
}

export function findingKey(finding: Pick<Finding, 'ruleId' | 'span'>, draft: string): string {
  const before = contextBefore(draft, finding.span.start);
  const actual = draft.slice(finding.span.start, finding.span.end);
  const after = contextAfter(draft, finding.span.end);
  return `${finding.ruleId}#${hash53(`${normalize(before)}\u0000${normalize(actual)}\u0000${normalize(after)}`)}`;
}
