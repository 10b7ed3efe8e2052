/**
 * Incremental analysis must not change results: after any sequence of one-character edits, analysing with the
 * caches warm gives the same report as analysing the final text from scratch with every cache cleared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import type { Report } from '../../../lib/coach/types';
import { clearEngineCaches } from '../../../lib/coach/engine-state';
import { supportDraft, SUPPORT_CUSTOMER_MESSAGE } from '../../../bench/support-text';

type Edit = { at: number; insert: string | null };

function applyEdit(text: string, { at, insert }: Edit): string {
  const position = Math.min(at, text.length);
  return insert === null
    ? text.slice(0, position) + text.slice(position + 1)
    : text.slice(0, position) + insert + text.slice(position);
}

function withoutTiming(report: Report): Omit<Report, 'elapsedMs'> {
  const { elapsedMs: _elapsed, ...rest } = report;
  return rest;
}

const edit = fc.record({
  at: fc.nat({ max: 2000 }),
  insert: fc.option(fc.constantFrom('a', 'e', ' ', '.', '?', '!', 'x', 'I', '\n', '😀', ','), { nil: null }),
});

describe('incremental analysis', () => {
  it('gives the same report after keystrokes as a fresh analysis of the final text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        let draft = supportDraft(120, seed);
        let previous: Report = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
        for (const step of edits) {
          draft = applyEdit(draft, step);
          previous = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
        }
        clearEngineCaches();
        const fresh = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
        expect(withoutTiming(previous)).toEqual(withoutTiming(fresh));
      }),
      { numRuns: 15 },
    );
  });

  it('does not let one customer message leak into the report of another', () => {
    const draft = supportDraft(150, 3);
    analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
    const calm = analyze({ draft, customer: 'Hi, could you send me a copy of my last invoice? Thanks!' });
    clearEngineCaches();
    expect(withoutTiming(calm)).toEqual(
      withoutTiming(analyze({ draft, customer: 'Hi, could you send me a copy of my last invoice? Thanks!' })),
    );
  });
});
