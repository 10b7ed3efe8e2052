/**
 * Where the content script's keystrokes go in the page: runs bench/content-script.ts's keystrokes (textarea, then
 * contenteditable, inline display on) in real Chromium with the built extension while the page's V8 sampling
 * profiler (CDP `Profiler` domain) records, then prints, per editor, the heaviest functions of the extension's own
 * scripts by self and inclusive time. Native calls made from them (getBoundingClientRect, getComputedStyle, a
 * string's slice…) count in their caller's inclusive time, so a forced layout shows up under what forced it.
 *
 *   ATTUNE_SOURCEMAP=1 npx wxt build && npx tsx bench/profile-content-script.ts [--out DIR]
 *
 * Frames are named from the build's source maps when it has them (ATTUNE_SOURCEMAP=1); run on a quiet machine,
 * or at least under `flock /tmp/attune-bench.lock`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameNamer, type CallFrame } from './source-frames';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/browser';
import { serveHelpdeskHost } from '../tests/support/helpdesk-host';
import { BENCH_PAGE_HEADERS, benchPage, keystrokeCost } from './content-script';

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

interface ProfileNode {
  id: number;
  callFrame: CallFrame & { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = frameNamer(EXTENSION_DIR);

function summarise(profile: Profile, keys: number): string {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((nodeId, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    // Only samples with one of the extension's frames on the stack: the extension's cost, native calls included.
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!);
    if (!stack.some(ours)) return;
    total += us;
    const leaf = stack[0]!;
    const leafName = ours(leaf) ? frameName(leaf.callFrame) : `${leaf.callFrame.functionName || '(native)'} [native]`;
    self.set(leafName, (self.get(leafName) ?? 0) + us);
    const seen = new Set<string>();
    for (const node of stack) {
      if (!ours(node)) continue;
      const name = frameName(node.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  });
  const perKey = (us: number) => (us / 1000 / keys).toFixed(3).padStart(7);
  const top = (table: Map<string, number>, count: number) =>
    [...table]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `  ${perKey(us)}  ${name}`)
      .join('\n');
  return `extension frames on the stack: ${perKey(total)} ms per key\n -- self, ms per key --\n${top(self, 20)}\n -- inclusive, ms per key --\n${top(inclusive, 30)}`;
}

const host = await serveHelpdeskHost([], async (url) => {
  if (url.pathname === '/bench.html') return { body: benchPage(), headers: BENCH_PAGE_HEADERS };
  if (url.pathname === '/text-map.js') return { body: '', type: 'text/javascript' };
  return undefined;
});
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(`${host.origin()}/bench.html`);
  const session = await browser.context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 50 });
  for (const id of ['field', 'rich'] as const) {
    await session.send('Profiler.start');
    const keys = await keystrokeCost(page, id);
    const { profile } = await session.send('Profiler.stop');
    if (outDir) writeFileSync(join(outDir, `content-${id}.cpuprofile`), JSON.stringify(profile));
    const sorted = [...keys].sort((a, b) => a - b);
    console.log(`\n## ${id}: ${keys.length} keys, bench median ${sorted[keys.length >> 1]!.toFixed(3)} ms`);
    console.log(summarise(profile as unknown as Profile, keys.length));
  }
} finally {
  await browser.close();
  await host.close();
}
