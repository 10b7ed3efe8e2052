import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';

const CUSTOMER =
  "I was charged twice for my subscription this month and I'm really annoyed. Can you refund the extra charge? — Dana";
const GOOD = `Hi Dana,
I'm sorry you were charged twice this month — that's frustrating. So the subscription was billed twice.
I've refunded the extra charge today; you'll see it within 3 days. Don't worry, it won't happen again on your next bill.
Let me know if anything looks off.`;
const BARE = 'Refund processed.';

describe('score', () => {
  it('adds up its breakdown, and every part explains itself', () => {
    const { score } = analyze({ draft: GOOD, customer: CUSTOMER });
    expect(score.total).toBe(score.breakdown.reduce((sum, part) => sum + part.points, 0));
    expect(score.breakdown.reduce((sum, part) => sum + part.max, 0)).toBe(100);
    for (const part of score.breakdown) {
      expect(part.points).toBeGreaterThanOrEqual(0);
      expect(part.points).toBeLessThanOrEqual(part.max);
      expect(part.note.length).toBeGreaterThan(10);
    }
  });

  it('rewards a complete, caring reply over a bare one', () => {
    const good = analyze({ draft: GOOD, customer: CUSTOMER }).score.total;
    const bare = analyze({ draft: BARE, customer: CUSTOMER }).score;
    expect(good).toBeGreaterThanOrEqual(80);
    expect(bare.total).toBeLessThan(50);
    expect(bare.breakdown.find((part) => part.id === 'acknowledgement')).toMatchObject({ points: 0 });
  });

  it('gives a reading grade', () => {
    const { readability } = analyze({ draft: 'We fixed it. It works now.' });
    expect(readability.sentences).toBe(2);
    expect(readability.words).toBe(6);
    expect(readability.grade).toBeLessThan(3);
    expect(analyze({ draft: '' }).readability).toEqual({ grade: 0, words: 0, sentences: 0, wordsPerSentence: 0 });
  });
});
