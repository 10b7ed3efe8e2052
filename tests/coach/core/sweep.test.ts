import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER_CUES } from '../../../lib/coach/lexicon/customer-cues';
import { DRAFT_CUES } from '../../../lib/coach/lexicon/draft-cues';
import { EMOTION_PHRASES } from '../../../lib/coach/lexicon/emotions';
import { useFastSweep } from '../../../lib/coach/matcher/sweep';
import { RULES } from '../../../lib/coach/rules/index';
import '../../../lib/coach/text';
import { supportDraft } from '../../../bench/support-text';

// lib/coach/matcher/sweep.ts replaces compromise's bulkMatch, which compromise's own tagger runs. It must change
// nothing: the same tags on every word and the same sweep results, in the same order, as compromise's.

const golden = new URL('../golden/', import.meta.url);
const goldenTexts = readdirSync(golden)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const data = JSON.parse(readFileSync(new URL(file, golden), 'utf8')) as { customer?: string; draft?: string };
    return [data.customer ?? '', data.draft ?? ''];
  });
const corpus = [
  ...goldenTexts,
  ...[...DRAFT_CUES, ...CUSTOMER_CUES, ...EMOTION_PHRASES].map((cue) => cue.example),
  ...RULES.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good].map((example) => example.text)),
  ...[1, 2, 3].map((seed) => supportDraft(300, seed)),
  // Capitals, contractions and slashes: forms where a term's text, normal and machine forms differ.
  "OK I'M SO SORRY, IF I UNDERSTAND CORRECTLY YOU'RE LOCKED OUT. Don't worry: we'll sort it by Friday 5pm.",
  "I've refunded the $29/month charge; you'll see it in 3-5 days. Y'all were right. It's NOT fine.",
].filter((text) => text.trim().length > 0);

function tagsOf(text: string): string[][] {
  return nlp(text)
    .json({ terms: { normal: true, tags: true } })
    .flatMap((sentence: { terms: Array<{ text: string; tags: string[] }> }) =>
      sentence.terms.map((term) => [term.text, ...term.tags]),
    );
}

function sweepOf(text: string, net: ReturnType<typeof nlp.buildNet>): unknown[] {
  const { found } = nlp(text).sweep(net, { tagger: false }) as {
    found: Array<{ match: string; view: { json(o: object): Array<{ text: string; offset: unknown }> } }>;
  };
  // Term ids are random per document: compare what matched and where.
  return found.map((item) => [item.match, item.view.json({ offset: true }).map(({ text, offset }) => [text, offset])]);
}

afterEach(() => useFastSweep(true));

describe('fast sweep', () => {
  it('tags every word of the corpus as compromise does', () => {
    useFastSweep(false);
    const expected = corpus.map(tagsOf);
    useFastSweep(true);
    expect(corpus.map(tagsOf)).toEqual(expected);
  });

  it.each([
    ['draft cues', DRAFT_CUES],
    ['customer cues', CUSTOMER_CUES],
  ] as const)('finds what compromise finds with the %s, in the same order', (_name, cues) => {
    const net = nlp.buildNet(cues.map(({ id, match }) => ({ id, match })));
    useFastSweep(false);
    const expected = corpus.map((text) => sweepOf(text, net));
    useFastSweep(true);
    const actual = corpus.map((text) => sweepOf(text, net));
    expect(actual).toEqual(expected);
    // The comparison must have something to compare.
    expect(expected.flat().length).toBeGreaterThan(50);
  });

  it('skips patterns whose alternatives are absent but still finds phrase alternatives', () => {
    const net = nlp.buildNet([{ match: '(if i understand|to make sure i understand) #Adverb? (correctly|right)' }]);
    expect(sweepOf('If I understand correctly, the export failed.', net)).toHaveLength(1);
    expect(sweepOf('To make sure I understand right: it failed?', net)).toHaveLength(1);
    expect(sweepOf('If you understand correctly, I am glad.', net)).toHaveLength(0);
  });
});
