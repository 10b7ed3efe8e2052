/** The files of the built extension (`npx wxt build`) and which of them each page loads, for size and content checks. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Every file under `dir`, recursively. */
export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Files an HTML page loads: its scripts, module preloads and stylesheets, and the chunks those import. */
export function pageAssets(htmlFile: string): string[] {
  const dir = resolve(htmlFile, '..');
  const html = readFileSync(htmlFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    join(dir, m[1]!.replace(/^\//, '')),
  );
  const seen = new Set<string>([htmlFile]);
  const queue = [...refs];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(
      /from\s*["']\.\/?([^"']+\.js)["']|import\(["']\.\/?([^"']+\.js)["']\)/g,
    )) {
      queue.push(resolve(file, '..', m[1] ?? m[2]!));
    }
  }
  return [...seen];
}
