import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** One value per x; null where there is no data that day. */
  values: Array<number | null>;
  color: string;
  format(value: number): string;
}

function canDrawCanvas(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/**
 * A small time-series chart drawn by uPlot, with the same data as a table for screen readers (a canvas alone says
 * nothing to them). Where no canvas can be drawn, the table is the chart.
 */
export function ProgressChart({
  title,
  days,
  xs,
  series,
  yRange,
}: {
  title: string;
  /** Day labels (YYYY-MM-DD), one per point. */
  days: string[];
  /** Epoch milliseconds, one per point. */
  xs: number[];
  series: ChartSeries[];
  yRange: [number, number];
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || xs.length === 0 || !canDrawCanvas()) return;
    const dark = matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const axisColor = dark ? '#aab1b9' : '#555d66';
    const gridColor = dark ? '#3a3f45' : '#e3e5e8';
    const axis = { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor } };
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 520),
        height: 200,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true }, y: { range: yRange } },
        axes: [axis, axis],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            spanGaps: true,
            points: { show: xs.length < 40 },
            value: (_u: uPlot, v: number | null) => (v === null ? '—' : s.format(v)),
          })),
        ],
      },
      [xs.map((x) => x / 1000), ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [xs, series, yRange]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={host} className="chart-canvas" aria-hidden="true" />
      <table className="visually-hidden">
        <caption>{title}</caption>
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
              {series.map((s) => {
                const v = s.values[i];
                return <td key={s.label}>{v === null || v === undefined ? '—' : s.format(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
