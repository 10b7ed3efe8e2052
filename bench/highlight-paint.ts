/**
 * What CSS Custom Highlights cost the page's rendering per keystroke, without Attune: plain Chromium, the content
 * script benchmark's page, 60 keys typed at the end of an editor while highlights that the keys never touch are
 * registered. Chromium rebuilds every highlight's markers after any change to the document and repaints the text
 * they cover, so the cost grows with the number of highlighted ranges, not with what the key changed; ranges in
 * another document (an iframe's) are not rebuilt. Used to decide where the textarea mirror lives (docs/panel.md).
 *
 *   npx tsx bench/highlight-paint.ts
 *
 * Prints, per case, the page's Paint and PrePaint time per key (Chrome trace, devtools.timeline), medians of 3 runs.
 */
import type { Page } from 'playwright-core';
import { launchPlain } from '../tests/support/browser';
import { serveHelpdeskHost } from '../tests/support/helpdesk-host';
import { benchKey, benchPage, BENCH_PAGE_HEADERS, KEY_GAP_MS, KEYSTROKES } from './content-script';
import { median } from './table';

const RUNS = 3;

interface Case {
  name: string;
  editor: 'rich' | 'field';
  /** Registers the highlights in the page (runs there, so it gets `arg` and nothing else from here). */
  setup: (arg: number) => void;
  /** The rich cases: how many ranges; the mirror cases: 1 for an iframe's document, 0 for the page's. */
  arg: number;
}

/** Ranges over the rich editor's own long paragraphs, as the rich painter registers them. */
function richHighlights(count: number): void {
  if (count === 0) return;
  const paragraphs = [...document.querySelectorAll('#rich p')].filter((p) => (p.textContent ?? '').length > 200);
  const ranges = Array.from({ length: count }, (_, i) => {
    const text = paragraphs[i % paragraphs.length]!.firstChild!;
    const at = 2 + 8 * Math.floor(i / paragraphs.length);
    const range = new Range();
    range.setStart(text, at);
    range.setEnd(text, at + 4);
    return range;
  });
  const style = document.createElement('style');
  style.textContent = '::highlight(bench){text-decoration:underline wavy #a35a00}';
  document.head.append(style);
  CSS.highlights.set('bench', new Highlight(...ranges));
}

/** A transparent mirror of the textarea with 20 highlights, in an overlay of the page or in an iframe's document. */
function mirrorHighlights(inFrame: number): void {
  const field = document.getElementById('field') as HTMLTextAreaElement;
  const box = field.getBoundingClientRect();
  let doc: Document = document;
  let view = window as Window & typeof globalThis;
  let parent: ParentNode;
  if (inFrame) {
    const frame = document.createElement('iframe');
    frame.setAttribute(
      'style',
      'position:fixed;left:0;top:0;width:100vw;height:100vh;border:0;pointer-events:none;z-index:2147483646',
    );
    document.documentElement.append(frame);
    doc = frame.contentDocument!;
    view = frame.contentWindow as Window & typeof globalThis;
    doc.body.style.margin = '0';
    parent = doc.body;
  } else {
    const host = document.createElement('bench-overlay');
    host.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;pointer-events:none');
    document.documentElement.append(host);
    parent = host.attachShadow({ mode: 'open' });
  }
  const style = doc.createElement('style');
  style.textContent =
    '::highlight(bench){background-color:rgba(214,137,16,.16);text-decoration:underline wavy #a35a00;color:transparent}' +
    '.mirror{position:fixed;pointer-events:none;overflow:hidden;color:transparent;white-space:pre-wrap;overflow-wrap:break-word;box-sizing:border-box;border-color:transparent}';
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  const computed = getComputedStyle(field);
  for (const property of ['font', 'lineHeight', 'padding', 'borderWidth', 'borderStyle', 'letterSpacing'] as const)
    mirror.style[property] = computed[property];
  Object.assign(mirror.style, {
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  const text = doc.createTextNode(field.value.slice(0, Math.floor(field.value.length * 0.9)));
  mirror.append(text);
  parent.append(style, mirror);
  const ranges = Array.from({ length: 20 }, (_, i) => {
    const range = new view.Range();
    range.setStart(text, 40 + i * 200);
    range.setEnd(text, 50 + i * 200);
    return range;
  });
  view.CSS.highlights.set('bench', new view.Highlight(...ranges));
}

const CASES: Case[] = [
  { name: 'rich editor, no highlights', editor: 'rich', setup: richHighlights, arg: 0 },
  { name: 'rich editor, 20 highlights', editor: 'rich', setup: richHighlights, arg: 20 },
  { name: 'rich editor, 80 highlights', editor: 'rich', setup: richHighlights, arg: 80 },
  { name: 'textarea, no mirror', editor: 'field', setup: () => {}, arg: 0 },
  { name: 'textarea, mirror in the page (20 highlights)', editor: 'field', setup: mirrorHighlights, arg: 0 },
  { name: 'textarea, mirror in an iframe (20 highlights)', editor: 'field', setup: mirrorHighlights, arg: 1 },
];

interface TraceEvent {
  name: string;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

async function paintPerKey(page: Page, origin: string, test: Case): Promise<[number, number]> {
  await page.goto(`${origin}/bench.html`);
  await page.evaluate(test.setup, test.arg);
  const cdp = await page.context().newCDPSession(page);
  await page.locator(`#${test.editor}`).click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.type(benchKey(i));
    await page.waitForTimeout(KEY_GAP_MS);
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const perKey = (name: string) =>
    events
      .filter((e) => e.name === name && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`))
      .reduce((sum, e) => sum + e.dur! / 1000, 0) / KEYSTROKES;
  return [perKey('Paint'), perKey('PrePaint')];
}

const host = await serveHelpdeskHost([], async (url) =>
  url.pathname === '/bench.html' ? { body: benchPage(), headers: BENCH_PAGE_HEADERS } : undefined,
);
const browser = await launchPlain();
try {
  const page = await (await browser.newContext()).newPage();
  const results = new Map<string, [number[], number[]]>(CASES.map((test) => [test.name, [[], []]]));
  // Interleaved, so drift in the machine's load touches every case alike.
  for (let run = 0; run < RUNS; run += 1)
    for (const test of CASES) {
      const [paint, prePaint] = await paintPerKey(page, host.origin(), test);
      results.get(test.name)![0].push(paint);
      results.get(test.name)![1].push(prePaint);
    }
  console.log('| case | Paint per key (ms) | PrePaint per key (ms) |\n|---|--:|--:|');
  for (const [name, [paint, prePaint]] of results)
    console.log(`| ${name} | ${median(paint).toFixed(2)} | ${median(prePaint).toFixed(2)} |`);
} finally {
  await browser.close();
  await host.close();
}
