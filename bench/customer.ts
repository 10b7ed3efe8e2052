/**
 * Customer-side benchmark rows: reading one customer message (situations, topic, pressure, emotions, questions)
 * and writing its suggestions with the self-check, both from cold caches, beside alex linting the same message in
 * the same run. The customer analysis is cached per message, so this is paid once per ticket, not per keystroke.
 */
import { analyzeCustomer } from '../lib/coach/customer/index';
import { suggest } from '../lib/coach/suggestions/index';
import { clearEngineCaches } from '../lib/coach/engine-state';
import { lintWithAlex } from './peers';
import { sampleMs } from './sample';
import { SUPPORT_CUSTOMER_MESSAGE, countWords } from './support-text';
import { formatMeasure, median, type BenchRow } from './table';

const CUSTOMER_TARGET_MS = 5;

function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

export function customerRows(): BenchRow[] {
  const message = SUPPORT_CUSTOMER_MESSAGE;
  const words = countWords(message);
  const analysis = sampleMs(() => analyzeCustomer(message), { samples: 60, budgetMs: 6000 }, clearEngineCaches);
  // A fresh analysis before each sample (untimed), so suggest() cannot reuse its per-analysis cache and the
  // suggested sentences are tagged and rule-checked from cold.
  let prepared = analyzeCustomer(message);
  const suggestions = sampleMs(
    () => suggest(prepared, 'warm', message),
    { samples: 60, budgetMs: 6000 },
    () => {
      clearEngineCaches();
      prepared = analyzeCustomer(message);
    },
  );
  clearEngineCaches();
  const alex = sampleMs(() => lintWithAlex(message), { samples: 60, budgetMs: 6000 });
  const [analysisMedian, suggestionsMedian, alexMedian] = [median(analysis), median(suggestions), median(alex)];
  return [
    {
      group: 'engine',
      name: `customer analysis, ${words}-word message (cold caches)`,
      median: analysisMedian,
      unit: 'ms',
      note: `p95 ${formatMeasure(p95(analysis))} ms; ${formatMeasure(analysisMedian / alexMedian)}× alex; target ≤ ${CUSTOMER_TARGET_MS} ms: ${analysisMedian <= CUSTOMER_TARGET_MS ? 'met' : 'MISSED'}`,
    },
    {
      group: 'engine',
      name: 'suggestions with self-check, same message (cold caches)',
      median: suggestionsMedian,
      unit: 'ms',
      note: `p95 ${formatMeasure(p95(suggestions))} ms; ${formatMeasure(suggestionsMedian / alexMedian)}× alex; once per message`,
    },
    {
      group: 'peer',
      name: `alex, same ${words}-word message`,
      median: alexMedian,
      unit: 'ms',
      note: `p95 ${formatMeasure(p95(alex))} ms`,
    },
  ];
}
