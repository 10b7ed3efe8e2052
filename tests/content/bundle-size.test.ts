import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const OUTPUT = resolve(__dirname, '../../.output/chrome-mv3');

// Issue 15 §5: the content script that runs in every helpdesk frame stays at or under 40 KB minified. The inline
// coach's UI is injected only into frames that have findings to show (lib/content/inline-host.ts), with its own budget.
const BUDGETS = [
  { file: 'content-scripts/helpdesk.js', limit: 40 * 1024 },
  { file: 'inline.js', limit: 20 * 1024 },
];

describe('content script size budgets', () => {
  test.each(BUDGETS)('$file is at most $limit bytes minified', ({ file, limit }) => {
    const bundle = resolve(OUTPUT, file);
    // `npm test` builds before testing; run `npx wxt build` first when running this file alone.
    expect(existsSync(bundle), `${bundle} is missing: run \`npx wxt build\` first`).toBe(true);
    const bytes = readFileSync(bundle);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    expect(
      bytes.length,
      `${file} is ${bytes.length} bytes (${gzip} gzipped), over its ${limit}-byte budget`,
    ).toBeLessThanOrEqual(limit);
  });
});
