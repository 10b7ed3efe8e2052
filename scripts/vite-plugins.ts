/**
 * Build-time rewrites of bundled dependencies for the extension build (wxt.config.ts). Each one checks that its
 * pattern is still there and fails the build when a dependency update moves it, so a rewrite can never silently stop
 * applying (and the AMO lint in tests/firefox would then fail too).
 */
import type { Plugin } from 'vite';

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
    pattern: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/g,
    replacement: 'return false;',
    expected: 1,
  },
  {
    // Attune never renders raw HTML (tests/firefox/amo-lint.test.ts checks that no source uses
    // dangerouslySetInnerHTML), so React's raw-HTML path is replaced by an error: the shipped code has no
    // `innerHTML =` of a dynamic value (AMO's UNSAFE_VAR_ASSIGNMENT) and cannot acquire one.
    name: 'react-dom-no-raw-html',
    module: /node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/,
    pattern: /\(domElement\.innerHTML = key\)/g,
    replacement: '(() => { throw new Error("Attune renders no raw HTML (dangerouslySetInnerHTML)"); })()',
    expected: 2,
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
        this.error(`${rewrite.name}: expected ${rewrite.expected} match(es) in ${id}, found ${found}; update scripts/vite-plugins.ts`);
      }
      return { code: code.replace(rewrite.pattern, rewrite.replacement), map: null };
    },
  };
}
