/**
 * The extension pages (side panel, options, lessons) show lessons but never analyse text: the engine runs in the
 * background worker. Their bundles carry the rules' lessons as data and neither compromise nor the rules. The
 * worker carries the engine, but not the dashboard's Vale importer (YAML). The pages render with Preact, not React.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../lib/coach/rules';
import { PROBLEM_CUES } from '../../lib/coach/lexicon/problem-cues';
import { SITUATION_CUES } from '../../lib/coach/lexicon/situations';
import { pageAssets } from '../support/extension-files';

const OUTPUT = resolve(__dirname, '../../.output/chrome-mv3');
const PAGES = ['sidepanel.html', 'options.html', 'lessons.html'];
/** A message only compromise's own code contains (its tagger's warning). */
const COMPROMISE_MARKER = 'compromise: Invalid tag';
/** React DOM's production build links every error it throws to its docs; Preact has no such string. */
const REACT_DOM_MARKER = 'react.dev/errors';

function built(file: string): string {
  const path = join(OUTPUT, file);
  // `npm test` builds before testing; run `npx wxt build` first when running this file alone.
  expect(existsSync(path), `${path} is missing: run \`npx wxt build\` first`).toBe(true);
  return readFileSync(path, 'utf8');
}

/** The text of every file a page loads. */
function pageCode(page: string): string {
  built(page);
  return pageAssets(join(OUTPUT, page))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * The rules' rationales that the minifier left verbatim in the worker. A rationale is in its rule's file and no
 * lesson, so finding one in a page means the registry came along.
 */
function ruleMarkers(): string[] {
  const worker = built('background.js');
  return RULES.map((rule) => rule.rationale).filter((rationale) => worker.includes(rationale));
}

test('the background worker, which runs the engine, carries compromise and the rules (so the markers are live)', () => {
  expect(built('background.js').includes(COMPROMISE_MARKER)).toBe(true);
  expect(ruleMarkers().length).toBeGreaterThan(RULES.length / 2);
});

describe.each(PAGES)('%s', (page) => {
  test('bundles neither compromise nor the rules', () => {
    const code = pageCode(page);
    expect(code.includes(COMPROMISE_MARKER), 'compromise is in the page').toBe(false);
    expect(ruleMarkers().filter((marker) => code.includes(marker))).toEqual([]);
  });

  test('renders with preact/compat: React DOM is not bundled (scripts/preact-aliases.ts)', () => {
    expect(pageCode(page).includes(REACT_DOM_MARKER), 'React DOM is in the page').toBe(false);
  });
});

test('the lessons page carries every rule’s lesson', () => {
  const code = pageCode('lessons.html');
  expect(RULES.filter((rule) => !code.includes(rule.lesson.title)).map((rule) => rule.id)).toEqual([]);
});

test('the background worker carries no YAML library: only the dashboard imports Vale styles', () => {
  // Every YAML schema names its tags under this prefix; nothing else in the extension does.
  expect(built('background.js').includes('tag:yaml.org,2002:')).toBe(false);
});

test('the background worker carries the cues and rules but not their examples (scripts/vite-plugins.ts stripExamples)', () => {
  const worker = built('background.js');
  const cues = [...SITUATION_CUES, ...PROBLEM_CUES];
  // The patterns are live code; the example and near miss of each are test data the engine never reads.
  expect(cues.filter((cue) => worker.includes(JSON.stringify(cue.match).slice(1, -1))).length).toBeGreaterThan(
    cues.length / 2,
  );
  const examples = [
    ...cues.flatMap((cue) => [cue.example, cue.nearMiss]),
    // clarity/wall-of-text builds its examples with code (Array.from), which the strip leaves as they are.
    ...RULES.filter((rule) => rule.id !== 'clarity/wall-of-text').flatMap((rule) =>
      [...rule.examples.bad, ...rule.examples.good].map((example) => example.text),
    ),
  ].filter((text) => text.length > 24);
  // A lesson's before and after ship (the worker's rules carry them); an example that repeats one is still there.
  const lessons = new Set(RULES.flatMap((rule) => [rule.lesson.before, rule.lesson.after]));
  const strippable = examples.filter((text) => !lessons.has(text));
  expect(strippable.length).toBeGreaterThan(200);
  expect(strippable.filter((text) => worker.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
});
