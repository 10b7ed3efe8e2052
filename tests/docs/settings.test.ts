/**
 * docs/settings.md lists every ATTUNE_* environment variable the code reads, and nothing it does not: a setting
 * added in code without a line in the table (or a line left behind after a setting is removed) fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE_DIRS = [
  'bench',
  'cli',
  'components',
  'dashboard',
  'demo',
  'entrypoints',
  'eval',
  'lib',
  'scripts',
  'server',
  'tests',
];
const CODE_FILES = ['wxt.config.ts', 'vitest.config.ts'];
const SKIP = new Set(['node_modules', 'dist', '.output', 'fixtures']);
/** A name and nothing after it: `ATTUNE_` alone (a prefix in prose) is no setting. */
const SETTING = /\bATTUNE_[A-Z0-9]+(?:_[A-Z0-9]+)*\b/g;

function codeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return /\.(ts|tsx|mts|js|mjs|sh)$/.test(name) ? [path] : [];
  });
}

function settingsIn(text: string): Set<string> {
  return new Set(text.match(SETTING) ?? []);
}

test('every ATTUNE_* setting the code reads is in docs/settings.md, and every one listed is read', () => {
  const self = resolve(import.meta.dirname, 'settings.test.ts');
  const read = new Map<string, string>();
  for (const file of [
    ...CODE_DIRS.flatMap((d) => codeFiles(resolve(ROOT, d))),
    ...CODE_FILES.map((f) => resolve(ROOT, f)),
  ]) {
    if (file === self) continue;
    for (const name of settingsIn(readFileSync(file, 'utf8')))
      if (!read.has(name)) read.set(name, relative(ROOT, file));
  }
  const table = readFileSync(resolve(ROOT, 'docs/settings.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .join('\n');
  const documented = settingsIn(table);
  const missing = [...read]
    .filter(([name]) => !documented.has(name))
    .map(([name, file]) => `${name} (read in ${file})`);
  expect(missing, 'add these to a table in docs/settings.md').toEqual([]);
  expect(
    [...documented].filter((name) => !read.has(name)),
    'listed in docs/settings.md but read nowhere',
  ).toEqual([]);
  expect(read.size).toBeGreaterThan(10);
});
