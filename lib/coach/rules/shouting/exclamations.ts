import type { SentenceRule } from '../types';

const id = 'shouting/exclamations';

/** Two or more exclamation marks, possibly mixed with question marks ("!!", "?!", "!!!"). */
const REPEATED = /[!?]{2,}/gu;

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Repeated exclamation or question marks (“!!!”, “?!”).',
  why: 'Stacked punctuation reads as shouting or sarcasm in a support reply, especially to an upset customer.',
  lesson: {
    title: 'Let the words carry the warmth',
    before: 'Your refund is on its way!!!',
    after: 'Your refund is on its way!',
  },
  fixes: true,
  check: (sentence) => {
    const hits = [];
    for (const found of sentence.text.matchAll(REPEATED)) {
      const marks = found[0];
      if (!marks.includes('!') || marks.length < 2) continue;
      const replacement = marks.includes('?') ? '?' : '!';
      hits.push({
        start: found.index,
        end: found.index + marks.length,
        reason: `“${marks}” reads as shouting`,
        expected: [replacement, '.'],
      });
    }
    return hits;
  },
  examples: {
    bad: [
      { text: 'Your refund is on its way!!!', actual: '!!!', expected: '!' },
      { text: 'Did you try the link I sent?!', actual: '?!', expected: '?' },
    ],
    good: [{ text: 'Your refund is on its way!' }, { text: 'Did the link work for you?' }],
  },
};
