/**
 * Vite plugins of the extension build (wxt.config.ts) and its tests (vitest.config.ts).
 *
 * `bundleRewrites`: build-time rewrites of bundled dependencies. Each one checks that its pattern is still there and
 * fails the build when a dependency update moves it, so a rewrite can never silently stop applying (and the AMO lint
 * in tests/firefox would then fail too).
 *
 * `ruleLessons`: the virtual module `virtual:attune/rule-lessons`, the rules' lessons without the rules.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

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
