/**
 * The benchmarks' view of the inline coach's own work (bench/content-script.ts): on a page whose root carries
 * `data-attune-bench` (set by the benchmarks only), each piece of work the coach does outside the content session's
 * snapshot send — an analysis arriving, a frame's placement — is left as a performance measure, so the cost per
 * keystroke in the page counts it. Elsewhere it only runs `work`.
 */
export const INLINE_WORK_MEASURE = 'attune:inline-work';

export function measured<T>(doc: Document, work: () => T): T {
  if (!doc.documentElement.hasAttribute('data-attune-bench')) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(INLINE_WORK_MEASURE, { start });
  }
}
