/**
 * A time-series chart drawn with uPlot (small, fast, canvas). A canvas says nothing to a screen reader, so the
 * same figures are always available as a table under it, and the chart itself carries a summary label.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** One value per x; null where there is nothing to show (no replies that day). */
  values: Array<number | null>;
  /** CSS custom property holding the colour, so the chart follows the theme. */
  colorVar: string;
}

interface LineChartProps {
  title: string;
  /** A sentence describing what the chart shows, for screen readers. */
  summary: string;
  /** Day labels (YYYY-MM-DD), in order. */
  days: string[];
  series: ChartSeries[];
  /** Values are shares 0..1, shown as percentages. */
  percent?: boolean;
  theme: string;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function formatValue(value: number | null, percent: boolean): string {
  if (value === null) return '—';
  return percent ? `${Math.round(value * 100)}%` : String(Math.round(value * 10) / 10);
}

export function LineChart({ title, summary, days, series, percent = false, theme }: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || days.length === 0) return;
    const text = cssVar('--text');
    const grid = cssVar('--border');
    const xs = days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
    const axis = { stroke: text, grid: { stroke: grid, width: 0.5 }, ticks: { stroke: grid } };
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth || 560),
        height: 220,
        scales: { x: { time: true }, y: percent ? { range: [0, 1] } : {} },
        axes: [
          axis,
          { ...axis, values: (_u, ticks) => ticks.map((t) => formatValue(t, percent)) },
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: cssVar(s.colorVar),
            width: 2,
            points: { show: true, size: 6 },
            spanGaps: true,
            value: (_u: uPlot, v: number | null) => formatValue(v, percent),
          })),
        ],
      },
      [xs, ...series.map((s) => s.values)],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: 220 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, series, percent, theme]);

  return (
    <figure className="card">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {days.length === 0 ? (
        <p className="hint">No replies recorded yet in this period.</p>
      ) : (
        <>
          <div ref={container} className="chart" role="img" aria-label={summary} />
          <details>
            <summary>Show the figures as a table</summary>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {series.map((s) => (
                    <th scope="col" key={s.label}>
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {days.map((day, i) => (
                  <tr key={day}>
                    <th scope="row">{day}</th>
                    {series.map((s) => (
                      <td key={s.label}>{formatValue(s.values[i] ?? null, percent)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
