/**
 * lib/coach/matcher/sweep.ts replaces compromise's `bulkMatch` and mirrors the shapes of its parsed match tokens,
 * compiled nets and term matcher; lib/coach/matcher/parse.ts reads plain match tokens as its token parser does. package.json pins compromise exactly; this fails when the installed compromise
 * is another version or its internals that sweep.ts mirrors changed, so an upgrade is a deliberate step: re-read
 * the functions below against sweep.ts, re-run tests/coach/core/sweep.test.ts and parse.test.ts, then update the fingerprints.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { compromiseParseMatch } from '../../../lib/coach/matcher/parse';
import { compromiseBulkMatch } from '../../../lib/coach/matcher/sweep';
// @ts-expect-error -- untyped JavaScript file outside the package's exports (parse.ts loads it the same way)
import parseToken from '../../../node_modules/compromise/src/1-one/match/methods/parseMatch/02-parseToken.js';

const PINNED = '14.17.0';

/** sha-256 prefixes of the source text of every compromise function sweep.ts and parse.ts mirror. */
const FINGERPRINTS = {
  bulkMatch: 'a420a5e97208700e',
  buildNet: 'a769016a86d165b5',
  parseMatch: '68b0bfd2ba8e8f8d',
  parseToken: '2fb1592e2b3f0c05',
  match: '15e164ad2cbe774a',
  termMethods: 'b58ea3c7bb5ec0fa',
};

function fingerprint(value: unknown): string {
  const source =
    typeof value === 'function'
      ? String(value)
      : JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? String(v) : v));
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

interface CompromiseOne {
  buildNet: unknown;
  match: unknown;
  termMethods: unknown;
}

describe('compromise pin', () => {
  it('package.json pins the exact version that is installed', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.compromise).toBe(PINNED);
    expect(nlp.version).toBe(PINNED);
  });

  it('the internals sweep.ts and parse.ts mirror are unchanged', () => {
    const one = (nlp.methods() as unknown as { one: CompromiseOne }).one;
    expect({
      bulkMatch: fingerprint(compromiseBulkMatch),
      buildNet: fingerprint(one.buildNet),
      parseMatch: fingerprint(compromiseParseMatch),
      parseToken: fingerprint(parseToken),
      match: fingerprint(one.match),
      termMethods: fingerprint(one.termMethods),
    }).toEqual(FINGERPRINTS);
  });
});
