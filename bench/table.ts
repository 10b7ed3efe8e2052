/**
 * The one row shape every benchmark module returns, and the printer that turns rows from many modules into the
 * single table `npm run bench` prints.
 */
export interface BenchRow {
  /** What is measured, e.g. "engine", "content script". Rows are printed grouped in the order they arrive. */
  group: string;
  name: string;
  /** Median of the samples; NaN when the row only carries a note (a module that is missing or skipped). */
  median: number;
  unit: string;
  /** Context: sample count, ratio against a peer, target met or missed. */
  note?: string;
}

/** Median of samples (mean of the middle two for an even count). Throws on no samples: a silent 0 would lie. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Three significant digits at most, without exponent notation: 0.0123, 1.23, 123, 12345. */
export function formatMeasure(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toString();
  const decimals = Math.max(0, 2 - Math.floor(Math.log10(magnitude)));
  return value.toFixed(Math.min(decimals, 4));
}

/** Renders rows as one Markdown table (readable in a terminal and pasteable into the README). */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = ['group', 'benchmark', 'median', 'unit', 'note'];
  const cells = rows.map((row) => [row.group, row.name, formatMeasure(row.median), row.unit, row.note ?? '']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const render = (line: string[]) =>
    `| ${line.map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 2 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [render(header), rule, ...cells.map(render)].join('\n');
}
