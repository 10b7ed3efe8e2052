import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Issue 3 §5: the content script that runs in every helpdesk frame stays at or under 30 KB minified.
const BUNDLE = resolve(__dirname, '../../.output/chrome-mv3/content-scripts/helpdesk.js');
const LIMIT_BYTES = 30 * 1024;

describe('content script size budget', () => {
  test(`helpdesk.js is at most ${LIMIT_BYTES} bytes minified`, () => {
    // `npm test` builds before testing; run `npx wxt build` first when running this file alone.
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npx wxt build\` first`).toBe(true);
    const bytes = readFileSync(BUNDLE);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    expect(
      bytes.length,
      `helpdesk.js is ${bytes.length} bytes (${gzip} gzipped), over the ${LIMIT_BYTES}-byte budget (issue 3 §5)`,
    ).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
