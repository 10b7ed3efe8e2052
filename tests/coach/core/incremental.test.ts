import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { supportDraft } from '../../../bench/support-text';
import { featuresOf } from '../../../lib/coach/checks/draft';
import { analyze } from '../../../lib/coach/index';
import { analyzeText } from '../../../lib/coach/text';
import { clearEngineCaches } from '../../../lib/coach/engine-state';
import type { Report } from '../../../lib/coach/types';

const CUSTOMER = "My export keeps failing and I'm stressed — I need it for tomorrow's audit. Can you fix it today?";
const DRAFT = `Hi Alex,
I'm sorry the export keeps failing with your audit tomorrow. So the export stops partway through.
Our engineers will fix it by 3pm today, and I'll send you the file myself.
Let me know if anything else comes up.`;

/** Everything but the timing, which differs between runs by nature. */
const stable = (report: Report) => ({ ...report, elapsedMs: 0 });

describe('incremental analysis', () => {
  it('tags sentences of a fresh draft in one pass exactly as compromise tags each sentence alone', () => {
    const draft =
      [1, 2].map((seed) => supportDraft(400, seed)).join('\n') +
      '\nDr. Lee said "it\'s fine"… Ok?! 👩‍💻 wait—what\u200d? 3/4/25 at 5pm PST.';
    clearEngineCaches();
    const fresh = analyzeText(draft);
    const lastWordNet = nlp.buildNet([{ match: '.$' }]);
    expect(fresh.sentences.length).toBeGreaterThan(40);
    for (const sentence of fresh.sentences) {
      const alone = nlp(sentence.text).json({ terms: { normal: true } }) as Array<{
        terms: Array<{ text: string; normal: string; tags: string[] }>;
      }>;
      const expected = alone.flatMap((part) =>
        part.terms.map((term) => [term.text, term.normal, [...term.tags].sort()]),
      );
      expect(sentence.terms.map((term) => [term.text, term.normal, [...term.tags].sort()])).toEqual(expected);
      // Each sentence has its own document, indexed from its own start, like nlp(sentence).
      expect(sentence.doc.text()).toBe(nlp(sentence.text).text());
      // compromise's sweep places its matches by each term's [sentence, term] index.
      const lastWord = (doc: ReturnType<typeof nlp>) =>
        (
          doc.sweep(lastWordNet, { tagger: false }).view.json({ offset: true }) as Array<{
            text: string;
            offset: unknown;
          }>
        ).map(({ text, offset }) => [text, offset]);
      expect(lastWord(sentence.doc)).toEqual(lastWord(nlp(sentence.text)));
    }
  });

  it('reuses the analysis of unchanged sentences after a one-character edit', () => {
    const before = analyzeText(DRAFT);
    const edited = DRAFT.replace('partway', 'part way');
    const after = analyzeText(edited);
    const unchanged = before.sentences.filter((sentence) =>
      after.sentences.some((other) => other.text === sentence.text),
    );
    expect(unchanged.length).toBe(before.sentences.length - 1);
    for (const sentence of unchanged) {
      const twin = after.sentences.find((other) => other.text === sentence.text)!;
      expect(twin.doc).toBe(sentence.doc);
      expect(featuresOf(twin)).toBe(featuresOf(sentence));
    }
  });

  it('gives the same report as a cold analysis', () => {
    let draft = DRAFT;
    for (const insertion of ['!', ' really', 'x']) {
      draft = draft.slice(0, 40) + insertion + draft.slice(40);
      analyze({ draft, customer: CUSTOMER });
    }
    const warm = analyze({ draft, customer: CUSTOMER });
    clearEngineCaches();
    const cold = analyze({ draft, customer: CUSTOMER });
    expect(stable(warm)).toEqual(stable(cold));
  });

  it('keeps spans right when an edit shifts every later sentence', () => {
    const edited = `Hello again!\n${DRAFT}`;
    const report = analyze({ draft: edited, customer: CUSTOMER });
    for (const check of Object.values(report.checks)) {
      for (const span of check.evidence) expect(span.end).toBeLessThanOrEqual(edited.length);
    }
    const greeting = report.checks.greeting.evidence[0]!;
    expect(edited.slice(greeting.start, greeting.end)).toBe('Hello');
  });

  it('rejects input without a draft string clearly', () => {
    // @ts-expect-error — deliberately wrong input, as a JavaScript caller could pass it
    expect(() => analyze({ customer: 'hi' })).toThrow(/needs \{ draft: string \}/);
  });
});
