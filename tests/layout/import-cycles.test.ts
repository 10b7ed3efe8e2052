/**
 * The panel (lib/panel and its components) and the background worker (lib/background) share code only through
 * neutral modules (lib/report-view, lib/settings, lib/sites…): neither side may depend on the other in both
 * directions, directly or through other folders. Type-only imports are erased from the build and not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The module specifiers a source file imports at run time (not `import type` / `export type`). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gmu;
  for (const match of source.matchAll(statement)) if (!match[1]) specifiers.push(match[2]!);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveModule(from: string, specifier: string, files: ReadonlyMap<string, string>): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

/** The folder a file counts for: the panel's components count as the panel. */
function groupOf(path: string): string | null {
  const parts = relative(ROOT, path).split(/[\\/]/u);
  if (parts[0] === 'components') return 'lib/panel';
  if (parts[0] === 'lib') return parts.length > 2 ? `lib/${parts[1]}` : relative(ROOT, path);
  return null;
}

type FolderGraph = Map<string, Map<string, string>>;

/** Folder → folder it imports from → one import that makes the edge ("file → file"), for the failure message. */
function folderGraph(files: ReadonlyMap<string, string>): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const [file, source] of files) {
    const from = groupOf(file);
    if (!from) continue;
    for (const specifier of runtimeImports(source)) {
      const target = resolveModule(file, specifier, files);
      const to = target && groupOf(target);
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** The imports along one path from folder `from` to folder `to`, or null when there is none. */
function pathBetween(graph: FolderGraph, from: string, to: string): string[] | null {
  const seen = new Set([from]);
  const queue: Array<{ folder: string; path: string[] }> = [{ folder: from, path: [] }];
  while (queue.length > 0) {
    const { folder, path } = queue.shift()!;
    for (const [next, edge] of graph.get(folder) ?? []) {
      if (next === to) return [...path, edge];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push({ folder: next, path: [...path, edge] });
      }
    }
  }
  return null;
}

function cycleBetween(files: ReadonlyMap<string, string>, a: string, b: string): string[] | null {
  const graph = folderGraph(files);
  const there = pathBetween(graph, a, b);
  const back = pathBetween(graph, b, a);
  return there && back ? [...there, ...back] : null;
}

describe('import cycles', () => {
  it('finds no cycle between the panel and the background worker', () => {
    const files = new Map(
      [...sourceFiles(join(ROOT, 'lib')), ...sourceFiles(join(ROOT, 'components'))].map((file) => [
        file,
        readFileSync(file, 'utf8'),
      ]),
    );
    expect(files.size).toBeGreaterThan(100);
    expect(cycleBetween(files, 'lib/panel', 'lib/background')).toBeNull();
  });

  it('finds a cycle through another folder, and ignores type-only imports', () => {
    const at = (path: string) => join(ROOT, path);
    const files = new Map([
      [
        at('components/Panel.tsx'),
        "import { stressMarks } from '../lib/lessons/marks';\nimport type { Coach } from '../lib/background/coach';",
      ],
      [at('lib/lessons/marks.ts'), "import {\n  coach,\n} from '../background/coach';"],
      [at('lib/background/coach.ts'), "export { visible } from '../panel/view';"],
      [at('lib/panel/view.ts'), 'export const visible = 1;'],
    ]);
    expect(cycleBetween(files, 'lib/panel', 'lib/background')).toEqual([
      'components/Panel.tsx → lib/lessons/marks.ts',
      'lib/lessons/marks.ts → lib/background/coach.ts',
      'lib/background/coach.ts → lib/panel/view.ts',
    ]);
    // Without the runtime import through lib/lessons, only a type-only import goes from the panel to the background.
    const typeOnly = new Map([...files].filter(([path]) => !path.endsWith('marks.ts')));
    expect(cycleBetween(typeOnly, 'lib/panel', 'lib/background')).toBeNull();
  });
});
