/**
 * One rule reports a stretch of text once. Two of its patterns may match overlapping words ("We apologize for any
 * inconvenience" and the same words with "this may have caused"); shown both, the agent would get two cards for
 * one phrase, two fixes that cannot both apply, and two highlights over the same words. So the engine keeps the
 * longest of a rule's overlapping findings, the earliest of equally long ones (spaCy's `filter_spans` does the
 * same): it covers the words of the shorter one. Findings of different rules may overlap; each says something else.
 */
export interface Extent {
  start: number;
  end: number;
}

/** The items none of which overlaps another, the longest kept first; in text order. Pure. */
export function keepLongest<T>(items: readonly T[], extentOf: (item: T) => Extent): T[] {
  if (items.length < 2) return items.slice();
  const length = (item: T) => extentOf(item).end - extentOf(item).start;
  const byLength = [...items].sort((a, b) => length(b) - length(a) || extentOf(a).start - extentOf(b).start);
  const kept: T[] = [];
  for (const item of byLength) {
    const { start, end } = extentOf(item);
    if (kept.every((other) => end <= extentOf(other).start || start >= extentOf(other).end)) kept.push(item);
  }
  return kept.sort((a, b) => extentOf(a).start - extentOf(b).start);
}
