/**
 * A per-day line chart drawn by uPlot, shared by the options page and the team dashboard (which imports it from
 * here). A canvas says nothing to a screen reader, so the same figures are always in a table, and the chart can
 * carry a one-sentence summary as its label. Where no canvas can be drawn, the table is the chart.
 *
 * Colours come from the page's CSS (--chart-axis, --chart-grid, and series colours given as custom properties),
 * so each app's stylesheet decides them and the chart follows its light and dark themes.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** One value per day; null where there is no data that day. */
  values: Array<number | null>;
  /** A CSS colour, or a custom property such as --chart-1 read from the page when drawn. */
  color: string;
}

interface ProgressChartProps {
  title: string;
  /** A sentence describing what the chart shows; without it the canvas is hidden and the table speaks for it. */
  summary?: string;
  /** Day labels (YYYY-MM-DD), in order, one per value. */
  days: string[];
  series: ChartSeries[];
  /** How a value reads in the table, the legend and the y axis. */
  format: (value: number) => string;
  /** Fixed y range; without it the range fits the data. */
  yRange?: [number, number];
  /** 'hidden': the table is for screen readers only; 'disclosure': anyone can open it under the chart. */
  table?: 'hidden' | 'disclosure';
  /** Changes when the page's colours do (a theme switch), so the chart is drawn again in the new ones. */
  theme?: string;
}

const HEIGHT = 220;
const MIN_WIDTH = 280;
const FALLBACK_WIDTH = 560;
/** Beyond this many days the points crowd each other and the line alone reads better. */
const MAX_DAYS_WITH_POINTS = 40;

function canDrawCanvas(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

function cssColor(color: string): string {
  if (!color.startsWith('--')) return color;
  return getComputedStyle(document.documentElement).getPropertyValue(color).trim() || '#888';
}

function formatOrDash(value: number | null | undefined, format: (value: number) => string): string {
  return value === null || value === undefined ? '—' : format(value);
}

/** The day as uPlot's x: seconds since the epoch at UTC midnight. */
function dayToSeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

function chartOptions(
  width: number,
  { series, format, yRange, days }: Pick<ProgressChartProps, 'series' | 'format' | 'yRange' | 'days'>,
): uPlot.Options {
  const gridColor = cssColor('--chart-grid');
  const axis = {
    stroke: cssColor('--chart-axis'),
    grid: { stroke: gridColor, width: 1 },
    ticks: { stroke: gridColor },
  };
  return {
    width,
    height: HEIGHT,
    // Drag-to-zoom has no visible way back; the table gives exact figures instead.
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: yRange ? { range: yRange } : {} },
    axes: [axis, { ...axis, values: (_u, ticks) => ticks.map((tick) => format(tick)) }],
    series: [
      {},
      ...series.map((s) => ({
        label: s.label,
        stroke: cssColor(s.color),
        width: 2,
        spanGaps: true,
        points: { show: days.length < MAX_DAYS_WITH_POINTS, size: 6 },
        value: (_u: uPlot, v: number | null) => formatOrDash(v, format),
      })),
    ],
  };
}

function FiguresTable({
  title,
  days,
  series,
  format,
  className,
}: Pick<ProgressChartProps, 'title' | 'days' | 'series' | 'format'> & { className?: string }) {
  return (
    <table className={className}>
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
              <td key={s.label}>{formatOrDash(s.values[i], format)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProgressChart({
  title,
  summary,
  days,
  series,
  format,
  yRange,
  table = 'hidden',
  theme,
}: ProgressChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || days.length === 0 || !canDrawCanvas()) return;
    const plot = new uPlot(
      chartOptions(Math.max(MIN_WIDTH, element.clientWidth || FALLBACK_WIDTH), { series, format, yRange, days }),
      [days.map(dayToSeconds), ...series.map((s) => s.values)],
      element,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(MIN_WIDTH, element.clientWidth), height: HEIGHT }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, series, format, yRange, theme]);

  return (
    <figure className="chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {days.length === 0 ? (
        <p className="hint">No replies recorded yet in this period.</p>
      ) : (
        <>
          <div
            ref={host}
            className="chart-canvas"
            {...(summary ? { role: 'img', 'aria-label': summary } : { 'aria-hidden': true })}
          />
          {table === 'disclosure' ? (
            <details>
              <summary>Show the figures as a table</summary>
              <FiguresTable title={title} days={days} series={series} format={format} />
            </details>
          ) : (
            <FiguresTable title={title} days={days} series={series} format={format} className="visually-hidden" />
          )}
        </>
      )}
    </figure>
  );
}
