/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per file, heaviest first,
 * so "where does the time go" has concrete numbers.
 *
 *   tsx bench/profile-summary.ts PROFILE.cpuprofile [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The checkout's root as it appears in profile URLs (the main clone or a worktree), found from this file's own URL. */
const PROJECT_ROOT = new URL('..', import.meta.url).pathname;

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const root = url.indexOf(PROJECT_ROOT);
  return root >= 0 ? url.slice(root + PROJECT_ROOT.length) : url || '(native)';
}

export function summarise(profile: CpuProfile, top: number): string {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((nodeId, index) =>
    selfMs.set(nodeId, (selfMs.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
  );
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    const file = shortUrl(node.callFrame.url);
    const name = `${node.callFrame.functionName || '(anonymous)'}  ${file}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const total = [...byFile.values()].reduce((sum, ms) => sum + ms, 0);
  // Inclusive time of the project's own functions: each sample counts once for every distinct caller above it.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  for (const [nodeId, ms] of selfMs) {
    const seen = new Set<string>();
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const frame = nodeById.get(id)!.callFrame;
      if (!frame.url.includes(PROJECT_ROOT) || frame.url.includes('node_modules')) continue;
      const name = `${frame.functionName || '(anonymous)'}  ${shortUrl(frame.url)}`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const list = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(9)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `total sampled ${total.toFixed(0)} ms\n\nself time by file:\n${list(byFile)}\n\nself time by function:\n${list(byFunction)}\n\ninclusive time of project functions:\n${list(inclusive)}`;
}

// Only when run as a script (bench/profile-keystrokes.ts and bench/profile-server.ts import `summarise`).
if (
  process.argv[1] &&
  import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/')) &&
  process.argv[2]
) {
  const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as CpuProfile;
  console.log(summarise(profile, Number(process.argv[3] ?? 25)));
}
