/**
 * What a built extension file is made of: bytes per package (or per source file) from the build's source map, with
 * each group's own gzip size (compressed alone, so the gzip column is an upper bound of its share), biggest first.
 *
 *   ATTUNE_SOURCEMAP=1 npx wxt build
 *   npx tsx bench/bundle-modules.ts .output/chrome-mv3/background.js [files] [rows=40]
 *
 * `files` lists source files instead of packages. Rebuild without ATTUNE_SOURCEMAP before measuring sizes: the
 * maps are not part of the shipped extension.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const [file, mode, rows = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/bundle-modules.ts <built .js file> [files] [rows]');
const byFile = mode === 'files';
const lines = readFileSync(file, 'utf8').split('\n');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

const mappings: Array<{ line: number; column: number; source: string }> = [];
map.eachMapping((m) => mappings.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '?' }));
mappings.sort((a, b) => a.line - b.line || a.column - b.column);

/** A package under node_modules, or our own folder (two levels), or the source file itself. */
function groupOf(source: string): string {
  const local = source.replace(/^(\.\.\/)+/, '');
  const pkg = local.match(/node_modules\/((?:@[^/]+\/)?[^/]+)(.*)$/);
  if (pkg) return byFile ? `${pkg[1]}${pkg[2]}` : pkg[1]!;
  return byFile ? local : local.split('/').slice(0, 2).join('/');
}

const code = new Map<string, string[]>();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const line = lines[m.line - 1] ?? '';
  const end = next && next.line === m.line ? next.column : line.length;
  const group = groupOf(m.source);
  (code.get(group) ?? code.set(group, []).get(group)!).push(line.slice(m.column, end));
});

const total = lines.join('\n').length;
console.log(
  `${file}: ${(total / 1024).toFixed(1)} KB, ${(gzipSync(lines.join('\n'), { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
);
console.log('      KB  KB gzip  group');
const groups = [...code].map(([group, parts]) => ({ group, text: parts.join('') }));
for (const { group, text } of groups.sort((a, b) => b.text.length - a.text.length).slice(0, Number(rows))) {
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`${(text.length / 1024).toFixed(1).padStart(8)} ${(gzip / 1024).toFixed(1).padStart(8)}  ${group}`);
}
