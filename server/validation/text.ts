/**
 * zod schemas for every free-text field a request may carry. Each refuses control characters with a message the
 * 400 answer puts under the field's path, on both databases alike (PostgreSQL would otherwise answer 500 to
 * U+0000, which SQLite stores). Names other members see are normalized (see normalizeDisplayName).
 */
import { z } from 'zod';
import { controlCharacterProblem, normalizeDisplayName, type TextLines } from '../../lib/coach/guidelines/safe-text';

function withoutControls(lines: TextLines) {
  return z.string().superRefine((text, ctx) => {
    const problem = controlCharacterProblem(text, lines);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A trimmed single-line text of min…max characters. */
export function singleLine(min: number, max: number) {
  return withoutControls('single-line').pipe(z.string().trim().min(min).max(max));
}

/** A trimmed text that may hold tabs and line breaks. */
export function multiLine(min: number, max: number) {
  return withoutControls('multi-line').pipe(z.string().trim().min(min).max(max));
}

/** A name shown to other members: single-line, then NFKC with bidi and zero-width characters removed. */
export function displayName(max: number) {
  return withoutControls('single-line')
    .transform(normalizeDisplayName)
    .pipe(z.string().min(1, 'must contain visible characters').max(max));
}
