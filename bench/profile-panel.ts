/**
 * Where the panel benchmark's keystrokes spend their time, across every process: records a Chrome trace (timeline
 * events and the V8 sampling profiler) while bench/panel.ts types its keystrokes into the demo helpdesk, then
 * prints per thread (the page, the side panel, the background worker, …) the busiest timeline events by self time
 * and the functions the profiler saw most.
 *
 *   npx tsx bench/profile-panel.ts [extension dir] [keystrokes=40] [--out trace.json]
 *
 * Build the extension first (`npx wxt build`); the default directory is .output/chrome-mv3. Frames are named from
 * the build's source maps when it has them (`ATTUNE_SOURCEMAP=1 npx wxt build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { frameNamer, type CallFrame } from './source-frames';
import type { CDPSession } from 'playwright-core';
import { keystrokeLatencies, percentile } from './panel';
import { median } from './table';
import { EXTENSION_DIR } from '../tests/support/browser';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
/** `--in trace.json`: summarise a trace written earlier with --out instead of recording one. */
const inIndex = args.indexOf('--in');
const input = inIndex >= 0 ? args.splice(inIndex, 2)[1] : undefined;
const [extensionDir = EXTENSION_DIR, keystrokes = '40'] = args;

const CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

async function readStream(session: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return text;
}

let session: CDPSession | undefined;
let traceText = input ? readFileSync(input, 'utf8') : '';

const latencies = input
  ? undefined
  : await keystrokeLatencies(extensionDir, Number(keystrokes), {
      async beforeTyping(browser) {
        const page = browser.context.pages().find((p) => p.url().includes('index.html'))!;
        session = await browser.context.newCDPSession(page);
        await session.send('Tracing.start', {
          traceConfig: { includedCategories: CATEGORIES.split(',').filter((c) => !c.startsWith('-')) },
          transferMode: 'ReturnAsStream',
        });
      },
      async afterTyping() {
        const done = new Promise<string>((resolve) =>
          session!.once('Tracing.tracingComplete', (event) => resolve(event.stream!)),
        );
        await session!.send('Tracing.end');
        traceText = await readStream(session!, await done);
      },
    });

if (out) writeFileSync(out, traceText);
const parsed = JSON.parse(traceText) as TraceEvent[] | { traceEvents: TraceEvent[] };
const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;

const threadKey = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
const threadNames = new Map<string, string>();
const processNames = new Map<number, string>();
for (const e of events) {
  if (e.ph !== 'M') continue;
  if (e.name === 'thread_name') threadNames.set(threadKey(e), String(e.args?.name));
  if (e.name === 'process_name' || e.name === 'process_labels')
    processNames.set(e.pid, `${processNames.get(e.pid) ?? ''} ${String(e.args?.name ?? e.args?.labels)}`.trim());
}

/** Self time per event name, per thread, from complete ('X') events nested by time. */
const selfTimes = new Map<string, Map<string, number>>();
const busy = new Map<string, number>();
const byThread = new Map<string, TraceEvent[]>();
for (const e of events) {
  if (e.ph !== 'X' || e.dur === undefined) continue;
  const key = threadKey(e);
  (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
}
for (const [key, list] of byThread) {
  list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: Array<{ event: TraceEvent; children: number }> = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
      const { event, children } = stack.pop()!;
      self.set(event.name, (self.get(event.name) ?? 0) + event.dur! - children);
      if (stack.length) stack.at(-1)!.children += event.dur!;
      else busy.set(key, (busy.get(key) ?? 0) + event.dur!);
    }
  };
  for (const e of list) {
    close(e.ts);
    stack.push({ event: e, children: 0 });
  }
  close(Infinity);
  selfTimes.set(key, self);
}

/** V8 sampling profiles: self and inclusive time per function, per thread. */
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}
const profiles = new Map<string, { thread: string; nodes: Map<number, ProfileNode>; self: Map<number, number> }>();
for (const e of events) {
  if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
  const id = `${e.pid}:${e.id}`;
  let profile = profiles.get(id);
  if (!profile) {
    profile = { thread: threadKey(e), nodes: new Map(), self: new Map() };
    profiles.set(id, profile);
  }
  const data = (e.args?.data ?? {}) as {
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
  for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  samples.forEach((node, i) => profile.self.set(node, (profile.self.get(node) ?? 0) + (deltas[i + 1] ?? 0)));
}

const frameName = frameNamer(extensionDir);

const IDLE = new Set(['(idle)', '(program)', '(root)']);
const ms = (us: number) => (us / 1000).toFixed(1);
const threads = [...busy].sort((a, b) => b[1] - a[1]).slice(0, 6);
console.log(`${latencies?.keystroke.length ?? '?'} keystrokes; all times are totals over them, ms`);
for (const [key, total] of threads) {
  const pid = Number(key.split(':')[0]);
  console.log(`\n## ${processNames.get(pid) ?? pid} / ${threadNames.get(key) ?? key}: busy ${ms(total)}`);
  const self = [...(selfTimes.get(key) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [name, time] of self) console.log(`  ${ms(time).padStart(8)}  ${name}`);
  const selfByFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const profile of profiles.values()) {
    if (profile.thread !== key) continue;
    for (const [nodeId, time] of profile.self) {
      const node = profile.nodes.get(nodeId);
      if (!node || IDLE.has(node.callFrame.functionName)) continue;
      const name = frameName(node.callFrame);
      selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + time);
      const seen = new Set<string>();
      for (let at: ProfileNode | undefined = node; at; at = profile.nodes.get(at.parent ?? -1)) {
        if (IDLE.has(at.callFrame.functionName)) continue;
        const outer = frameName(at.callFrame);
        if (!seen.has(outer)) inclusive.set(outer, (inclusive.get(outer) ?? 0) + time);
        seen.add(outer);
      }
    }
  }
  const top = (table: Map<string, number>, title: string, count: number) => {
    if (table.size) console.log(`  -- ${title} --`);
    for (const [name, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, count))
      console.log(`  ${ms(time).padStart(8)}  ${name}`);
  };
  top(selfByFunction, 'sampled functions, self', 16);
  top(inclusive, 'sampled functions, inclusive', 30);
}

const cell = (xs: number[]) => `${median(xs).toFixed(1)} / p95 ${percentile(xs, 95).toFixed(1)}`;
if (latencies) {
  console.log(`\nkeystroke → panel ${cell(latencies.keystroke)}; → highlights ${cell(latencies.highlights)}`);
  console.log(
    `keystroke → snapshot ${cell(latencies.contentWait)}; snapshot → panel ${cell(latencies.snapshot)}; render ${cell(latencies.render)}; analysis ${cell(latencies.analysis)}`,
  );
}
