import type { Finding } from '../../../lib/coach/types';

export interface TextPiece {
  text: string;
  /** Index into the findings list when this piece is flagged. */
  finding: number | null;
}

/**
 * Splits the draft into plain and flagged pieces for display. Overlapping findings are shown by the first one
 * that starts (the rest are still listed below the text), so every character appears exactly once.
 */
export function splitByFindings(draft: string, findings: readonly Finding[]): TextPiece[] {
  const ordered = findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => finding.span.end > finding.span.start && finding.span.end <= draft.length)
    .sort((a, b) => a.finding.span.start - b.finding.span.start || b.finding.span.end - a.finding.span.end);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const { finding, index } of ordered) {
    if (finding.span.start < cursor) continue;
    if (finding.span.start > cursor) pieces.push({ text: draft.slice(cursor, finding.span.start), finding: null });
    pieces.push({ text: draft.slice(finding.span.start, finding.span.end), finding: index });
    cursor = finding.span.end;
  }
  if (cursor < draft.length) pieces.push({ text: draft.slice(cursor), finding: null });
  return pieces;
}
