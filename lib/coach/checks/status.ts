import type { Check, Span } from '../types';

/** The one status rule of issue 2: present when met; missing when needed and not met; otherwise not needed. */
export function resolveCheck(
  met: boolean,
  needed: boolean,
  evidence: Span[],
  why: { met: string; missing: string; notNeeded: string },
): Check {
  const status = met ? 'present' : needed ? 'missing' : 'not-needed';
  return { status, needed, evidence: met ? evidence : [], why: met ? why.met : needed ? why.missing : why.notNeeded };
}

/** Drops evidence spans inside an earlier one, keeping the list short and readable. */
export function distinctSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end;
      continue;
    }
    kept.push({ start: span.start, end: span.end });
  }
  return kept;
}
