/**
 * What the content script costs in the page, in real Chromium with the built extension:
 * - per keystroke, typed at the end of a 1,000-word draft of support prose (bench/support-text.ts, what the engine's
 *   benchmark types) and of the worst case, a textarea holding one 1,000-word sentence: the time spent in Attune's own
 *   listeners (keydown, beforeinput, input, keyup, and the MutationObserver for rich editors), bracketed by
 *   performance marks from page listeners registered just before (in the capture phase, as Attune's typing clock
 *   listens) and just after Attune's (listeners on one target, and observers, run in registration order across
 *   worlds), overlapping brackets counted once;
 * - per snapshot: reading a 1,000-word rich draft into text (lib/editors/text-map.ts, bundled into the page), which
 *   runs once per pause in typing, not per key;
 * - per keystroke, the snapshot the content script sends in a microtask after each change (measured by the content
 *   script itself on pages marked data-attune-bench), counted once in the per-keystroke cost (it runs inside the
 *   input or mutation bracket);
 * - per keystroke, the inline coach's own work outside that send (showing the analysis that comes back, placing the
 *   chip and the textarea mirror at the next frame; lib/inline/bench-measure.ts), counted in the per-keystroke cost
 *   too: each key waits long enough (KEY_GAP_MS) for its analysis to come back and be shown;
 * - the content script's minified size (issue 15 §5: ≤ 40 KB) and the inline coach's, injected only when needed.
 * Run alone with `npx tsx bench/content-script.ts` (after `npx wxt build`), or through `npm run bench`.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { escapeText } from 'entities';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launchPlain, launchWithExtension } from '../tests/support/browser';
import { serveHelpdeskHost } from '../tests/support/helpdesk-host';
import { median, formatBenchTable, type BenchRow } from './table';
import { percentile } from './panel';
import { supportDraft } from './support-text';

const GROUP = 'content script';
export const KEYSTROKES = 60;
/** After each key: time for the snapshot, the worker's analysis and the inline coach showing it (typing is slower). */
export const KEY_GAP_MS = 40;
/** The benchmarks' typing: letters, and a space every seventh key, so words grow and end as in real typing. */
export const benchKey = (index: number) => (index % 7 === 6 ? ' ' : 'a');
const WORDS = 1000;
const BUDGET_MS = 0.5;
const SIZE_BUDGET_BYTES = 40 * 1024;

/** The worst case: a draft that is one 1,000-word sentence, so findings span all of it and every key touches them. */
const WORD_LIST =
  'sorry about the delay we have refunded your order and the export should work again today thanks'.split(' ');
const draftWords = (count: number) =>
  Array.from({ length: count }, (_, i) => WORD_LIST[i % WORD_LIST.length]).join(' ');
/** What agents write: the engine benchmark's support prose (sentences, paragraphs, a sign-off). */
const DRAFT = supportDraft(WORDS, 2);

export type BenchEditor = 'field' | 'rich' | 'sentence';

/**
 * The bench page is cross-origin isolated: its clock (and the content script's, in the same agent) then ticks in
 * 5 µs steps instead of 0.1 ms with jitter, so a keystroke's parts of a tenth of a millisecond can be told apart.
 */
export const BENCH_PAGE_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

export function benchPage(): string {
  const paragraphs = DRAFT.split(/\n+/)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join('');
  // data-attune-bench: the content script leaves an 'attune:snapshot' measure for each snapshot it sends.
  return `<!doctype html><html data-attune-bench><head><meta charset="utf-8"><title>bench</title></head><body>
    <textarea id="field" rows="10" cols="80">${escapeText(DRAFT)}</textarea>
    <textarea id="sentence" rows="10" cols="80">${draftWords(WORDS)}</textarea>
    <div id="rich" contenteditable="true">${paragraphs}</div>
    <script src="/text-map.js"></script>
    <script>
      // Brackets Attune's listeners: "before" listeners and observer are registered now, before Attune attaches on
      // focus; "after" ones once the test has focused the editor.
      window.__bench = { samples: [], pending: 0 };
      const TYPES = ['keydown', 'beforeinput', 'input', 'keyup'];
      const mark = (name) => performance.mark(name);
      for (const id of ['field', 'sentence', 'rich']) {
        const el = document.getElementById(id);
        // Capture: at the target, capture listeners run before bubbling ones, and Attune's own capture listeners
        // (lib/editors/undo-group.ts) run after these only if these are capture listeners too.
        for (const type of TYPES) el.addEventListener(type, () => mark(type + '-before'), true);
      }
      new MutationObserver(() => mark('mutation-before')).observe(document.getElementById('rich'), { childList: true, characterData: true, subtree: true });
      window.__armAfter = (id) => {
        const el = document.getElementById(id);
        for (const type of TYPES) el.addEventListener(type, () => mark(type + '-after'));
        new MutationObserver(() => mark('mutation-after')).observe(el, { childList: true, characterData: true, subtree: true });
      };
      window.__collect = () => {
        // [start, end] of each bracket; a measure that starts inside one is already counted by it.
        const spans = (kind) => {
          const before = performance.getEntriesByName(kind + '-before');
          const after = performance.getEntriesByName(kind + '-after');
          return after.map((entry, i) => [before[i] ? before[i].startTime : entry.startTime, entry.startTime]);
        };
        const measures = (name) => performance.getEntriesByName(name).map((entry) => [entry.startTime, entry.duration]);
        const snapshot = measures('attune:snapshot');
        const inline = measures('attune:inline-work');
        const result = { events: TYPES.map(spans), mutation: spans('mutation'), snapshot, inline };
        performance.clearMarks();
        performance.clearMeasures();
        return result;
      };
    </script></body></html>`;
}

/** Snapshot sends measured during the last keystrokeCost run (read, compare, post), one per change. */
const snapshotCosts: Record<BenchEditor, number[]> = { field: [], rich: [], sentence: [] };
/** The inline coach's work per key (analysis shown, frame placement) during the last keystrokeCost run. */
const inlineCosts: Record<BenchEditor, number[]> = { field: [], rich: [], sentence: [] };

/**
 * The page's main-thread busy time per key during the last keystrokeCost run, every task counted (CDP Performance
 * TaskDuration): beside what the brackets see, the tasks in which a message from the background reaches the content
 * script (a one-time message also opens a channel and sends a reply), and the page's own input, layout and paint.
 * Only the difference from the same run without the extension is Attune's.
 */
let threadPerKey = Number.NaN;

async function busySeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
}

/**
 * The brackets as disjoint spans. A rich editor's mutation records are delivered in the microtask checkpoint after
 * the first `input` listener returns, so the whole mutation bracket lies inside the input bracket: adding both
 * counted the observers' time twice (with the extension and in the floor).
 */
export function disjoint(spans: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export async function keystrokeCost(page: Page, id: BenchEditor): Promise<number[]> {
  const editor = page.locator(`#${id}`);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  await page.evaluate((target) => (window as unknown as { __armAfter(id: string): void }).__armAfter(target), id);
  // Measures too: the attach-time snapshot and inline work would otherwise land in the first key.
  await page.evaluate(() => (performance.clearMarks(), performance.clearMeasures()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busyBefore = await busySeconds(cdp);
  const perKey: number[] = [];
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.type(benchKey(i));
    // The snapshot goes out with the change, its analysis comes back later: let both run before collecting.
    await page.evaluate((gap) => new Promise((resolve) => setTimeout(resolve, gap)), KEY_GAP_MS);
    type Pair = [number, number];
    const spans = await page.evaluate(() =>
      (
        window as unknown as {
          __collect(): { events: Pair[][]; mutation: Pair[]; snapshot: Pair[]; inline: Pair[] };
        }
      ).__collect(),
    );
    const brackets = disjoint([...spans.events, spans.mutation].flatMap((pairs) => pairs.slice(0, 1)));
    // The snapshot is sent in a microtask of the change, so inside the input (or mutation) bracket: count it once.
    const outside = (measures: Pair[]) =>
      measures
        .filter(([start]) => !brackets.some(([from, to]) => start >= from && start < to))
        .reduce((sum, [, duration]) => sum + duration, 0);
    snapshotCosts[id].push(...spans.snapshot.map(([, duration]) => duration));
    const inline = spans.inline.reduce((sum, [, duration]) => sum + duration, 0);
    inlineCosts[id].push(inline);
    perKey.push(
      brackets.reduce((sum, [from, to]) => sum + to - from, 0) + outside(spans.snapshot) + outside(spans.inline),
    );
  }
  threadPerKey = (((await busySeconds(cdp)) - busyBefore) * 1000) / KEYSTROKES;
  await cdp.detach();
  return perKey;
}

async function snapshotReadCost(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const root = document.getElementById('rich')!;
    const map = (window as unknown as { AttuneTextMap: { mapText(root: Element): { text: string } } }).AttuneTextMap;
    const samples: number[] = [];
    // Batches of 20: one walk takes tens of microseconds, and a single one would mostly time the machine's jitter.
    for (let i = 0; i < 30; i += 1) {
      const start = performance.now();
      for (let j = 0; j < 20; j += 1) map.mapText(root);
      samples.push((performance.now() - start) / 20);
    }
    return samples;
  });
}

export async function runContentScriptBench(): Promise<BenchRow[]> {
  const contentScript = resolve(EXTENSION_DIR, 'content-scripts/helpdesk.js');
  const bytes = statSync(contentScript).size;
  const gzipped = gzipSync(readFileSync(contentScript)).length;
  const textMap = await build({
    entryPoints: [resolve(import.meta.dirname, '../lib/editors/text-map.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    globalName: 'AttuneTextMap',
  });
  const host = await serveHelpdeskHost([], async (url) => {
    if (url.pathname === '/bench.html') return { body: benchPage(), headers: BENCH_PAGE_HEADERS };
    if (url.pathname === '/text-map.js') return { body: textMap.outputFiles[0]!.text, type: 'text/javascript' };
    return undefined;
  });
  // The same brackets without the extension: what marks, listener dispatch and the clock cost by themselves.
  const plain = await launchPlain();
  let baseline: Record<BenchEditor, number[]>;
  const baseThread = { field: Number.NaN, rich: Number.NaN };
  try {
    const page = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
    await page.goto(`${host.origin()}/bench.html`);
    if (!(await page.evaluate(() => crossOriginIsolated)))
      throw new Error('the bench page is not cross-origin isolated');
    const field = await keystrokeCost(page, 'field');
    baseThread.field = threadPerKey;
    const rich = await keystrokeCost(page, 'rich');
    baseThread.rich = threadPerKey;
    baseline = { field, rich, sentence: await keystrokeCost(page, 'sentence') };
  } finally {
    await plain.close();
  }
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${host.origin()}/bench.html`);
    inlineCosts.field = [];
    inlineCosts.rich = [];
    const field = await keystrokeCost(page, 'field');
    const fieldThread = threadPerKey - baseThread.field;
    const rich = await keystrokeCost(page, 'rich');
    const richThread = threadPerKey - baseThread.rich;
    const inlineOn = { field: [...inlineCosts.field], rich: [...inlineCosts.rich] };
    const sentence = await keystrokeCost(page, 'sentence');
    const read = await snapshotReadCost(page);
    // The peer in this run: the same page with inline display off (the inline coach is then never injected).
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ 'settings.inlineDisplay': { enabled: false, offOrigins: [] } }),
    );
    const plainPage = await browser.context.newPage();
    await plainPage.goto(`${host.origin()}/bench.html`);
    const fieldOff = await keystrokeCost(plainPage, 'field');
    const fieldOffThread = threadPerKey - baseThread.field;
    const richOff = await keystrokeCost(plainPage, 'rich');
    const richOffThread = threadPerKey - baseThread.rich;
    const verdict = (value: number) =>
      value <= BUDGET_MS ? `target ≤ ${BUDGET_MS} ms met` : `target ≤ ${BUDGET_MS} ms MISSED`;
    // A few keys wait behind a busy machine (or a collection): the mean, given too, shows them.
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    // Attune's own cost: the brackets' time with the extension less the same brackets' time without it (the marks
    // and the dispatch to the page's own listeners, which a helpdesk page does not pay).
    const floor = { field: median(baseline.field), rich: median(baseline.rich), sentence: median(baseline.sentence) };
    const net = (values: number[], editor: BenchEditor) => median(values) - floor[editor];
    const fieldNet = net(field, 'field');
    const richNet = net(rich, 'rich');
    const raw = (values: number[], editor: BenchEditor) =>
      `raw ${median(values).toFixed(3)} ms − floor ${floor[editor].toFixed(3)}, mean ${mean(values).toFixed(3)}`;
    return [
      {
        group: GROUP,
        name: `per keystroke, textarea, ${WORDS}-word support draft (net of the floor)`,
        median: fieldNet,
        unit: 'ms',
        note: `${field.length} keys, ${raw(field, 'field')}; ${verdict(fieldNet)}`,
      },
      {
        group: GROUP,
        name: `per keystroke, textarea, one ${WORDS}-word sentence (worst case)`,
        median: net(sentence, 'sentence'),
        unit: 'ms',
        note: `findings span the whole draft, so every key redraws them; ${raw(sentence, 'sentence')}`,
      },
      {
        group: GROUP,
        name: `per keystroke, contenteditable, ${WORDS}-word support draft (net of the floor)`,
        median: richNet,
        unit: 'ms',
        note: `${rich.length} keys, ${raw(rich, 'rich')}; ${verdict(richNet)}`,
      },
      {
        group: GROUP,
        name: 'per keystroke, textarea, inline display off',
        median: net(fieldOff, 'field'),
        unit: 'ms',
        note: `${raw(fieldOff, 'field')}; ratio on/off ${(fieldNet / net(fieldOff, 'field')).toFixed(2)}x`,
      },
      {
        group: GROUP,
        name: 'per keystroke, contenteditable, inline display off',
        median: net(richOff, 'rich'),
        unit: 'ms',
        note: `${raw(richOff, 'rich')}; ratio on/off ${(richNet / net(richOff, 'rich')).toFixed(2)}x`,
      },
      {
        group: GROUP,
        name: 'same brackets without the extension, textarea',
        median: median(baseline.field),
        unit: 'ms',
        note: `mean ${mean(baseline.field).toFixed(3)} ms: the measuring floor`,
      },
      {
        group: GROUP,
        name: 'same brackets without the extension, contenteditable',
        median: median(baseline.rich),
        unit: 'ms',
        note: `mean ${mean(baseline.rich).toFixed(3)} ms: the measuring floor`,
      },
      {
        group: GROUP,
        name: 'page main thread per key, all tasks, textarea: with the extension − without',
        median: fieldThread,
        unit: 'ms',
        note: `CDP TaskDuration over the ${KEYSTROKES} keys; inline display off ${fieldOffThread.toFixed(2)} ms`,
      },
      {
        group: GROUP,
        name: 'page main thread per key, all tasks, contenteditable: with the extension − without',
        median: richThread,
        unit: 'ms',
        note: `inline display off ${richOffThread.toFixed(2)} ms; one total per run, not a median`,
      },
      {
        group: GROUP,
        name: `  of which: snapshot sent (read + post), textarea`,
        median: median(snapshotCosts.field.length ? snapshotCosts.field : [Number.NaN]),
        unit: 'ms',
        note: `${snapshotCosts.field.length} sends; p95 ${snapshotCosts.field.length ? percentile(snapshotCosts.field, 95).toFixed(3) : '–'} ms; one per change, in a microtask after it`,
      },
      {
        group: GROUP,
        name: `  of which: snapshot sent (read + post), contenteditable`,
        median: median(snapshotCosts.rich.length ? snapshotCosts.rich : [Number.NaN]),
        unit: 'ms',
        note: `${snapshotCosts.rich.length} sends; p95 ${snapshotCosts.rich.length ? percentile(snapshotCosts.rich, 95).toFixed(3) : '–'} ms`,
      },
      {
        group: GROUP,
        name: '  of which: inline coach (analysis shown, frame placement), textarea',
        median: median(inlineOn.field),
        unit: 'ms',
        note: `mean ${mean(inlineOn.field).toFixed(3)} ms per key`,
      },
      {
        group: GROUP,
        name: '  of which: inline coach (analysis shown, frame placement), contenteditable',
        median: median(inlineOn.rich),
        unit: 'ms',
        note: `mean ${mean(inlineOn.rich).toFixed(3)} ms per key`,
      },
      {
        group: GROUP,
        name: `snapshot read alone, ${WORDS}-word rich draft`,
        median: median(read),
        unit: 'ms',
        note: 'text-map walk, inside each snapshot send',
      },
      {
        group: GROUP,
        name: 'content script size (minified)',
        median: bytes / 1024,
        unit: 'KB',
        note: `${(gzipped / 1024).toFixed(1)} KB gzipped; ${bytes <= SIZE_BUDGET_BYTES ? 'target ≤ 40 KB met' : 'target ≤ 40 KB MISSED'}`,
      },
      {
        group: GROUP,
        name: 'inline coach script (minified), injected on first findings',
        median: statSync(resolve(EXTENSION_DIR, 'inline.js')).size / 1024,
        unit: 'KB',
        note: `${(gzipSync(readFileSync(resolve(EXTENSION_DIR, 'inline.js'))).length / 1024).toFixed(1)} KB gzipped; only in frames with something to show`,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatBenchTable(await runContentScriptBench()));
}
