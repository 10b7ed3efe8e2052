/**
 * The engine keeps its state in registered caches (lib/coach/engine-state.ts): clearing them forgets everything,
 * and no module in lib/coach keeps a Map, Set or cache of its own that the registry does not know of.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import { clearEngineCaches, engineCacheSizes, TwoGenerationCache, WeakCache } from '../../../lib/coach/engine-state';
import type { GuidelinePack } from '../../../lib/coach/types';

const ROOT = join(import.meta.dirname, '../../..');
const COACH = join(ROOT, 'lib/coach');

/**
 * Module-level state that is not learnt from text, so clearing it would not make a run colder (and some of it
 * must not be cleared). A new entry needs a reason here.
 */
const NOT_CACHES: Record<string, string> = {
  'engine-state.ts registry': 'the registry itself',
  'compromise-setup.ts installed': 'whether compromise is patched, once per process',
  'text.ts lastSentences': 'registered by name ("text: sentences of the last analysis")',
  'matcher/sweep.ts indexed':
    'the index of each compiled net, built once per net from code, not text; cleared, every "cold" benchmark run re-indexed every rule net (45 of a 60 ms cold analysis)',
  'matcher/sweep.ts hookIds':
    'numbers for the words and tags of compiled nets, which keep them; clearing would break them',
  'rules/phrases.ts phraseLists': 'the compiled phrase lists of the rules, added when a rule module loads',
  'rules/phrases.ts sharedNet': 'the net built from phraseLists (code, not text); rebuilt when a list is added',
  'guidelines/budget.ts probe': 'a document of a fixed probe sentence, built once',
};

const MUTATION = (name: string) =>
  new RegExp(
    String.raw`\b${name}(?:\.(?:set|add|delete|clear|push|pop|shift|unshift|splice)\(|\s*(?:\?\?|\|\||\+|-)?=(?!=))`,
    'u',
  );
const REGISTERED = /^(?:boundedCache|weakCache|registerCache)\b/u;
const COLLECTION = /\bnew (?:Map|Set|WeakMap|WeakSet|TwoGenerationCache|WeakCache)\b/u;

/**
 * The module-level bindings of one source file that hold state: every `let`, and every `const` initialised with a
 * collection that the file mutates or that is a cache class, unless created through the registry.
 */
function unregisteredState(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:export )?(const|let|var) (\w+)\b[^=\n]*=\s*(.*)$/gmu)) {
    const [declaration, keyword, name, initialiser] = match as unknown as [string, string, string, string];
    if (REGISTERED.test(initialiser)) continue;
    const rest = source.slice(0, match.index) + source.slice(match.index + declaration.length);
    const isState =
      keyword !== 'const' ||
      /\bnew (?:TwoGenerationCache|WeakCache)\b/u.test(initialiser) ||
      ((COLLECTION.test(initialiser) || /^[[{]/u.test(initialiser)) && MUTATION(name).test(rest));
    if (isState) found.push(name);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const PACK: GuidelinePack = {
  id: 'house-style',
  name: 'House style',
  version: 1,
  rules: [
    {
      kind: 'avoid',
      id: 'no-asap',
      phrases: ['asap', { match: 'as soon as #Adverb? possible' }, { match: '<Noun> is broken' }],
      message: 'Give a time instead of %s.',
    },
    { kind: 'prefer', id: 'sign-in', term: 'log in', preferred: 'sign in' },
    {
      kind: 'require',
      id: 'thanks',
      where: 'closing',
      phrases: ['thanks', 'thank you'],
      message: 'Close with thanks.',
    },
    { kind: 'limit', id: 'short', metric: 'reading-grade', max: 9 },
  ],
};

const CUSTOMER =
  "Hi, I'm Dana. I've been locked out of my account for three days and I'm really frustrated — I have a client demo tomorrow! Can you reset my password today? Why does this keep happening?";
const DRAFT = `Hi Dana,

I'm so sorry you've been locked out for three days, especially with your demo tomorrow. So you can't log in at all since Monday, is that right? You should try clearing your cookies first. We will fix it ASAP and I'll reset your password today; the API is broken on our side. Your order was delayed until 3/4 at 5pm.

Thanks for your patience!`;

function analyseEverything(): void {
  analyze({ draft: DRAFT, customer: CUSTOMER, customerName: 'Dana Smith', guidelines: [PACK], tone: 'warm' });
  analyze({ draft: DRAFT, customer: null, tone: 'formal' });
  // Praise is read for advice (checks/advice.ts) when the customer is anxious.
  analyze({
    draft: "I'm proud of you for reaching out. You are so brave and strong.",
    customer: "I'm so anxious, my account is locked. Please help!",
  });
}

describe('engine state', () => {
  it('finds every module-level Map, Set and cache in lib/coach registered or listed with a reason', () => {
    const unlisted: string[] = [];
    for (const file of sourceFiles(COACH)) {
      const path = relative(COACH, file).split('\\').join('/');
      for (const name of unregisteredState(readFileSync(file, 'utf8')))
        if (!NOT_CACHES[`${path} ${name}`]) unlisted.push(`${path} ${name}`);
    }
    expect(unlisted).toEqual([]);
  });

  it('tells module-level state from constant tables', () => {
    const source = [
      "const WORDS = new Set(['a', 'b']);",
      'const TABLE: ReadonlyMap<string, number> = new Map([["a", 1]]);',
      'const seen = new Map<string, number>();',
      'const marks = new WeakSet<object>();',
      'let last: string | null = null;',
      'const recent = new TwoGenerationCache<string, number>(8);',
      "const registered = boundedCache<string, number>('test: registered', 8);",
      'const pending: string[] = [];',
      'export function use(key: string, doc: object) {',
      '  seen.set(key, 1);',
      '  marks.add(doc);',
      '  pending.push(key);',
      '  last = key;',
      '  registered.set(key, WORDS.size + (TABLE.get(key) ?? 0));',
      '  const local = new Map<string, number>();',
      '  return local;',
      '}',
    ].join('\n');
    expect(unregisteredState(source)).toEqual(['seen', 'marks', 'last', 'recent', 'pending']);
  });

  it('registers every cache the sources create, under names of their own', async () => {
    const declared = sourceFiles(COACH).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /\b(?:boundedCache|weakCache|registerCache)(?:<[^(]*>)?\(\s*'([^']+)'/gu,
        ),
      ].map((match) => match[1]!),
    );
    // Every engine module, so caches of modules the analysis above does not reach are registered too.
    for (const file of sourceFiles(COACH)) await import(file);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...engineCacheSizes().keys()].sort()).toEqual([...declared].sort());
  });

  it('empties every registered cache, and a full analysis fills them', () => {
    analyseEverything();
    const filled = engineCacheSizes();
    const empty = [...filled].filter(([, size]) => size === 0).map(([name]) => name);
    expect(empty).toEqual([]);
    clearEngineCaches();
    expect([...engineCacheSizes()].filter(([, size]) => size > 0)).toEqual([]);
    analyseEverything();
    expect(engineCacheSizes()).toEqual(filled);
  });
});

describe('TwoGenerationCache', () => {
  it('keeps what was used within the last capacity insertions and holds at most twice that', () => {
    const cache = new TwoGenerationCache<number, number>(3);
    for (let i = 0; i < 3; i += 1) cache.set(i, i);
    expect(cache.get(0)).toBe(0); // an old entry that is read moves to the young generation
    for (let i = 3; i < 6; i += 1) cache.set(i, i);
    expect(cache.get(0)).toBe(0);
    expect(cache.get(1)).toBeUndefined();
    expect(cache.size).toBeLessThanOrEqual(6);
    cache.clear();
    expect([cache.size, cache.get(5)]).toEqual([0, undefined]);
  });

  it('refuses a capacity it cannot keep', () => {
    expect(() => new TwoGenerationCache(0)).toThrow(/capacity of at least 1/u);
  });
});

describe('WeakCache', () => {
  it('forgets every entry when cleared', () => {
    const cache = new WeakCache<object, number>();
    const key = {};
    cache.set(key, 1);
    cache.set(key, 2);
    expect([cache.get(key), cache.size]).toEqual([2, 1]);
    cache.clear();
    expect([cache.has(key), cache.size]).toEqual([false, 0]);
  });
});
