/**
 * One rule reports a stretch of text once. Two of its patterns may match overlapping words ("We apologize for any
 * inconvenience" and the same words with "this may have caused"); shown both, the agent would get two cards for
 * one phrase, two fixes that cannot both apply, and two highlights over the same words. So the engine keeps one of
 * a rule's overlapping findings: one that carries a fix before one that does not (a card the agent can apply beats a
 * card that only points, even over fewer words), then the longest, then the earliest (spaCy's `filter_spans` keeps
 * the longest, then the earliest). Findings of different rules may overlap; each says something else.
 */
export interface Extent {
  start: number;
  end: number;
}

/**
 * The items none of which overlaps another, chosen in turn: those with a fix first, then the longest, then the
 * earliest; returned in text order. Pure.
 */
export function keepOnePerStretch<T>(
  items: readonly T[],
  extentOf: (item: T) => Extent,
  hasFix: (item: T) => boolean,
): T[] {
  if (items.length < 2) return items.slice();
  const length = (item: T) => extentOf(item).end - extentOf(item).start;
  const byPreference = [...items].sort(
    (a, b) => Number(hasFix(b)) - Number(hasFix(a)) || length(b) - length(a) || extentOf(a).start - extentOf(b).start,
  );
  const kept: T[] = [];
  for (const item of byPreference) {
    const { start, end } = extentOf(item);
    if (kept.every((other) => end <= extentOf(other).start || start >= extentOf(other).end)) kept.push(item);
  }
  return kept.sort((a, b) => extentOf(a).start - extentOf(b).start);
}
