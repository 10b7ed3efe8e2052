import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { END, PERFORMANCE_DOC, replaceBetweenMarkers, START } from '../../bench/performance-doc';

test('a bench run replaces exactly what stands between the markers', () => {
  const doc = `# P\n\nintro\n\n${START}\nold table\n${END}\n\nnotes after\n`;
  expect(replaceBetweenMarkers(doc, '| new |\n')).toBe(`# P\n\nintro\n\n${START}\n| new |\n${END}\n\nnotes after\n`);
});

test('missing or swapped markers are a clear error, not a silently appended table', () => {
  expect(() => replaceBetweenMarkers('# P\nno markers\n', 'x')).toThrow(/needs the markers/);
  expect(() => replaceBetweenMarkers(`${END}\n${START}\n`, 'x')).toThrow(/in that order/);
});

test('docs/performance.md carries the markers npm run bench writes between', () => {
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8');
  expect(() => replaceBetweenMarkers(doc, 'x')).not.toThrow();
});
