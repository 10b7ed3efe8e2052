/**
 * Text a person typed that other people will see: team and member names, invite labels, tips, guideline packs.
 * Control characters are refused, not silently dropped — PostgreSQL cannot store U+0000 in a text column, and a
 * stray U+001B in a log or terminal is an attack, so the writer should hear which field was wrong. Names shown to
 * others are normalized so that one person cannot pose as another: NFKC folds look-alike compatibility forms, and
 * bidi overrides and zero-width characters — invisible, yet able to reorder or disguise a name — are removed.
 */

/** C0 controls and DEL, except tab, line feed and carriage return (allowed where a field is multi-line), and C1. */
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Every C0 control, DEL and C1: a single-line field has no use for tab or newline either. */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F]/u;

/**
 * Bidi embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), zero-width
 * characters and joiners (U+200B–200D, U+2060–2064, U+FEFF, U+180E) and the soft hyphen: invisible in a
 * dashboard list, and the tools of name spoofing ("Anna\u202Enimda" shows as "Annaadmin").
 */
const INVISIBLE_FORMATTING = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

export type TextLines = 'single-line' | 'multi-line';

function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a text is not acceptable (naming the character and where it is), or null when it is fine. */
export function controlCharacterProblem(text: string, lines: TextLines = 'single-line'): string | null {
  const found = (lines === 'multi-line' ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).exec(text);
  if (!found) return null;
  const allowed = lines === 'multi-line' ? ' (only tab and line breaks are allowed)' : '';
  return `must not contain control characters: ${codePointLabel(found[0])} at position ${found.index}${allowed}`;
}

/** A name as others should see it: NFKC, invisible formatting removed, whitespace runs collapsed, trimmed. */
export function normalizeDisplayName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE_FORMATTING, '').replace(/\s+/gu, ' ').trim();
}
