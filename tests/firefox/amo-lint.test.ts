/**
 * Mozilla's add-on linter (addons-linter, what `web-ext lint` and addons.mozilla.org run) over the built Firefox
 * extension: no errors, and none of the warnings AMO reviewers act on — in fact no warnings at all, so a new one
 * fails here before a reviewer sees it. Needs `npx wxt build -b firefox` (the test command runs it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox';

const ROOT = resolve(import.meta.dirname, '../..');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}
interface AddonsLinter {
  createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
}

// addons-linter ships CommonJS without types.
const linter = createRequire(import.meta.url)('addons-linter') as AddonsLinter;

const describe = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;

test('the Firefox build passes addons-linter with no errors and no warnings', async () => {
  expect(existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')), 'run "npx wxt build -b firefox" first').toBe(true);
  const result = await linter
    .createInstance({
      config: {
        _: [FIREFOX_EXTENSION_DIR],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: true,
        selfHosted: false,
      },
      runAsBinary: false,
    })
    .run();
  expect(result.errors.map(describe)).toEqual([]);
  expect(result.warnings.map(describe)).toEqual([]);
}, 120_000);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test('no extension source renders raw HTML (the build removes Preact’s raw-HTML path, scripts/vite-plugins.ts)', () => {
  const offenders = ['components', 'entrypoints', 'lib']
    .flatMap((dir) => sourceFiles(resolve(ROOT, dir)))
    .filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(file, 'utf8')),
    )
    .map((file) => relative(ROOT, file));
  expect(offenders).toEqual([]);
});
