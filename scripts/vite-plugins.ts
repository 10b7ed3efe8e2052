/**
 * Vite plugins of the extension build (wxt.config.ts) and its tests (vitest.config.ts).
 *
 * `bundleRewrites`: build-time rewrites of bundled dependencies. Each one checks that its pattern is still there and
 * fails the build when a dependency update moves it, so a rewrite can never silently stop applying (and the AMO lint
 * in tests/firefox would then fail too).
 *
 * `ruleLessons`: the virtual module `virtual:attune/rule-lessons`, the rules' lessons without the rules.
 *
 * `stripExamples`: the examples each cue and rule carries for its tests, left out of the built extension.
 */
import { resolve } from 'node:path';
import { parseAst, runnerImport, type Plugin } from 'vite';

interface Rewrite {
  name: string;
  /** Which bundled module (path relative to node_modules). */
  module: RegExp;
  pattern: RegExp;
  replacement: string;
  /** How many matches the module must have, so a changed dependency fails loudly instead of shipping unrewritten. */
  expected: number;
}

const REWRITES: Rewrite[] = [
  {
    // pluralize (used by syllable, in the engine) is UMD: its `typeof require === 'function'` test is false inside
    // the bundler's CommonJS wrapper, so it assigns to `this` instead of module.exports and the import is empty.
    name: 'umd-pluralize',
    module: /node_modules[\\/]pluralize[\\/]pluralize\.js$/,
    pattern: /typeof require === 'function' && typeof exports === 'object'/g,
    replacement: "typeof exports === 'object'",
    expected: 1,
  },
  {
    // zod probes whether it may compile validators with `new Function("")`. An extension's content security policy
    // forbids eval, so the probe always answers false there; answering false without it keeps the behaviour and
    // removes the only `Function` constructor call AMO's linter reports (DANGEROUS_EVAL).
    name: 'zod-no-eval-probe',
    module: /node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    pattern:
      /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/g,
    replacement: 'return false;',
    expected: 1,
  },
  {
    // Attune never renders raw HTML (tests/firefox/amo-lint.test.ts checks that no source uses
    // dangerouslySetInnerHTML), so Preact's raw-HTML path (the extension renders with preact/compat,
    // scripts/preact-aliases.ts) is replaced by an error: the shipped code has no `innerHTML =` of a dynamic value
    // (AMO's UNSAFE_VAR_ASSIGNMENT) and cannot acquire one. Preact ships minified: the names are its build's.
    name: 'preact-no-raw-html',
    module: /node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    pattern: /\([\w$]+\.innerHTML=[\w$]+\.__html\)/g,
    replacement: '(() => { throw new Error("Attune renders no raw HTML (dangerouslySetInnerHTML)"); })()',
    expected: 1,
  },
];

export function bundleRewrites(): Plugin {
  return {
    name: 'attune-bundle-rewrites',
    transform(code, id) {
      const rewrite = REWRITES.find((r) => r.module.test(id));
      if (!rewrite) return null;
      const found = code.match(rewrite.pattern)?.length ?? 0;
      if (found !== rewrite.expected) {
        this.error(
          `${rewrite.name}: expected ${rewrite.expected} match(es) in ${id}, found ${found}; update scripts/vite-plugins.ts`,
        );
      }
      return { code: code.replace(rewrite.pattern, rewrite.replacement), map: null };
    },
  };
}

const RULE_LESSONS_ID = 'virtual:attune/rule-lessons';
const RESOLVED_RULE_LESSONS_ID = `\0${RULE_LESSONS_ID}`;
/** The module that derives every rule's lesson from the rule registry (the one source of the data). */
const RULE_LESSONS_SOURCE = resolve(import.meta.dirname, '../lib/lessons/from-rules.ts');

/**
 * The rules' lessons evaluated in Node (the registry, compromise and all) and returned as a data-only module, plus
 * the files that went into it.
 */
export async function ruleLessonsAsData(): Promise<{ code: string; dependencies: string[] }> {
  const { module, dependencies } = await runnerImport<typeof import('../lib/lessons/from-rules')>(RULE_LESSONS_SOURCE);
  return { code: `export default ${JSON.stringify(module.RULE_LESSON_LIST)};\n`, dependencies };
}

/**
 * `virtual:attune/rule-lessons`: in a build, the lessons as data, so the extension pages that show lessons do not
 * bundle the rules and compromise; elsewhere (tests, dev server) a re-export of the source module, which is the same
 * list without a second evaluation of the engine.
 */
export function ruleLessons(): Plugin {
  let build = false;
  return {
    name: 'attune-rule-lessons',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId(id) {
      return id === RULE_LESSONS_ID ? RESOLVED_RULE_LESSONS_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_RULE_LESSONS_ID) return null;
      if (!build) return `export { RULE_LESSON_LIST as default } from ${JSON.stringify(RULE_LESSONS_SOURCE)};\n`;
      const { code, dependencies } = await ruleLessonsAsData();
      for (const file of dependencies) this.addWatchFile(file);
      return code;
    },
  };
}

/** The modules whose cues and rules carry examples for their tests: lib/coach/lexicon and lib/coach/rules. */
const EXAMPLE_MODULES = /[\\/]lib[\\/]coach[\\/](?:lexicon|rules)[\\/][^?]+\.ts$/;

/** The properties that hold them: a cue's `example` and `nearMiss`, a rule's `examples` ({ bad, good }). */
const EXAMPLE_KEYS: ReadonlySet<string> = new Set(['example', 'nearMiss', 'examples']);

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** A value made of literals only (strings, numbers, arrays and objects of them): data, never code. */
function isData(node: AstNode): boolean {
  switch (node.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0;
    case 'ArrayExpression':
      return (node.elements as unknown[]).every((element) => isNode(element) && isData(element));
    case 'ObjectExpression':
      return (node.properties as unknown[]).every(
        (property) =>
          isNode(property) && property.type === 'Property' && isNode(property.value) && isData(property.value),
      );
    default:
      return false;
  }
}

/** Calls `visit` on `node` and every node below it, parents first. */
function walk(node: AstNode, visit: (node: AstNode) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) walk(item, visit);
    if (isNode(value)) walk(value, visit);
  }
}

const keyName = (key: AstNode): string | null =>
  key.type === 'Identifier' ? String(key.name) : key.type === 'Literal' ? String(key.value) : null;

/**
 * `code` (JavaScript) without the example properties of its object literals: each `example`, `nearMiss` or
 * `examples` whose value is literal data, with the comma after it. The tests read the examples from the source; the
 * engine never reads them, so the built extension does not carry them (about 12 KB of gzip in the background worker).
 */
export function stripExampleData(code: string): { code: string; removed: number } {
  const ranges: Array<[number, number]> = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'ObjectExpression') {
      const properties = (node.properties as unknown[]).filter(isNode);
      properties.forEach((property, index) => {
        if (property.type !== 'Property' || property.computed || !isNode(property.key) || !isNode(property.value))
          return;
        const name = keyName(property.key);
        if (name === null || !EXAMPLE_KEYS.has(name) || !isData(property.value)) return;
        // Up to the next property, so its comma goes too; the last one leaves the comma before it, which JS allows.
        ranges.push([property.start, properties[index + 1]?.start ?? property.end]);
      });
    }
  };
  walk(parseAst(code) as unknown as AstNode, visit);
  let stripped = code;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0]))
    stripped = stripped.slice(0, start) + stripped.slice(end);
  return { code: stripped, removed: ranges.length };
}

/** `code` names an example property in an expression (`cue.example`) or a destructuring (`{ examples }`). */
export function readsExamples(code: string): boolean {
  // Most modules never spell the words: parse only those that do ("help.example.com" in a string is no read).
  if (!/\b(?:examples|example|nearMiss)\b/.test(code)) return false;
  let reads = false;
  const visit = (node: AstNode): void => {
    const named = (key: unknown) => isNode(key) && EXAMPLE_KEYS.has(keyName(key) ?? '');
    if (node.type === 'MemberExpression' && !node.computed && named(node.property)) reads = true;
    if (node.type === 'ObjectPattern')
      for (const property of (node.properties as unknown[]).filter(isNode))
        if (property.type === 'Property' && named(property.key)) reads = true;
  };
  walk(parseAst(code) as unknown as AstNode, visit);
  return reads;
}

/**
 * In a build, the cue and rule modules lose their examples (`stripExampleData`). The engine reads no example: a
 * module under lib/ or components/ that names one as a property (`cue.example`) fails the build, so stripping can
 * never take away something the extension uses.
 */
export function stripExamples(): Plugin {
  let build = false;
  return {
    name: 'attune-strip-examples',
    enforce: 'post',
    configResolved(config) {
      build = config.command === 'build';
    },
    transform(code, id) {
      if (!build || id.includes('node_modules')) return null;
      if (/[\\/](?:lib|components|entrypoints)[\\/]/.test(id) && readsExamples(code))
        this.error(`${id} reads a cue's or rule's examples, which the build strips (scripts/vite-plugins.ts)`);
      if (!EXAMPLE_MODULES.test(id)) return null;
      const { code: stripped, removed } = stripExampleData(code);
      return removed === 0 ? null : { code: stripped, map: null };
    },
  };
}
