/**
 * Writes a benchmark run into docs/performance.md, between its `<!-- bench:start -->` and `<!-- bench:end -->`
 * markers, so the document always shows the figures of the latest run and nothing older (`npm run bench`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

export const PERFORMANCE_DOC = resolve(import.meta.dirname, '../docs/performance.md');
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** `doc` with what stands between the markers replaced by `content`; throws when the markers are missing or out of order. */
export function replaceBetweenMarkers(doc: string, content: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`docs/performance.md needs the markers ${START} and ${END}, in that order, around the figures`);
  }
  return `${doc.slice(0, start + START.length)}\n${content.trim()}\n${doc.slice(end)}`;
}

export function runHeading(now: Date, load = loadavg()[0] ?? 0): string {
  return (
    `Latest run: \`npm run bench\`, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ` +
    `load average ${load.toFixed(1)} on ${process.platform}. Medians; every ratio compares rows measured in this same run.`
  );
}

export function writePerformanceDoc(table: string, now = new Date(), path = PERFORMANCE_DOC): void {
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), `${runHeading(now)}\n\n${table}`));
}
