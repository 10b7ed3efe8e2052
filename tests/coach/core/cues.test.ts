import { describe, expect, it } from 'vitest';
import { CUSTOMER_CUES } from '../../../lib/coach/lexicon/customer-cues';
import { DRAFT_CUES } from '../../../lib/coach/lexicon/draft-cues';
import { EMOTION_PHRASES } from '../../../lib/coach/lexicon/emotions';
import { CueNet } from '../../../lib/coach/matcher/net';
import { analyzeText } from '../../../lib/coach/text';

// Every pattern in the lexicons carries an example sentence; each must match through the same net the engine uses.
const families = [
  ['draft cue', DRAFT_CUES],
  ['customer cue', CUSTOMER_CUES],
  ['emotion phrase', EMOTION_PHRASES.map((phrase, index) => ({ ...phrase, id: `${phrase.emotion}-${index}` }))],
] as const;

describe.each(families)('%s examples', (_family, cues) => {
  const net = new CueNet<{ id: string; match: string; example: string }>(cues);
  it.each(cues.map((cue) => [cue.id, cue] as const))('%s matches its example', (_id, cue) => {
    const hits = analyzeText(cue.example).sentences.flatMap((sentence) => net.sweep(sentence));
    expect(hits.map((hit) => hit.cue.id)).toContain(cue.id);
  });
});

describe('CueNet', () => {
  it('rejects duplicate ids', () => {
    expect(
      () =>
        new CueNet([
          { id: 'a', match: 'hello' },
          { id: 'a', match: 'hi' },
        ]),
    ).toThrow(/Duplicate cue id "a"/);
  });

  it('gives offsets relative to the sentence that slice to the matched words', () => {
    const net = new CueNet([{ id: 'sorry', match: '(i|we) (am|are) #Adverb{0,2} sorry' }]);
    const draft = 'Hi there. We are truly sorry about that.';
    const [, sentence] = analyzeText(draft).sentences;
    const [hit] = net.sweep(sentence!);
    expect(hit && sentence!.text.slice(hit.start, hit.end)).toBe('We are truly sorry');
    expect(hit && draft.slice(sentence!.start + hit.start, sentence!.start + hit.end)).toBe('We are truly sorry');
    expect(hit?.text).toBe('We are truly sorry');
  });

  it('leaves out punctuation and the silent half of a contraction, and spans emoji and ZWJ text exactly', () => {
    const net = new CueNet([
      { id: 'sorry', match: 'so sorry' },
      { id: 'cannot', match: 'we can not' },
    ]);
    const draft = '👩‍💻 “So sorry!” We can’t do that.';
    const hits = analyzeText(draft).sentences.flatMap((sentence) =>
      net.sweep(sentence).map((hit) => draft.slice(sentence.start + hit.start, sentence.start + hit.end)),
    );
    expect(hits).toEqual(['So sorry', 'We can’t']);
  });
});
