import type { SentenceRule } from '../types';

const id = 'clarity/long-sentence';

/**
 * Plain-language guides (GOV.UK, Microsoft) aim for 20–25 words; 30 leaves room for a list of specifics before a
 * support agent hears about it. A sentence made of a pasted list or link is not prose, so count words only.
 */
export const MAX_SENTENCE_WORDS = 30;

function countWords(sentence: { terms: readonly { text: string }[] }): number {
  return sentence.terms.filter((term) => /[\p{L}\p{N}]/u.test(term.text)).length;
}

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: `Sentences over ${MAX_SENTENCE_WORDS} words.`,
  why: 'Long sentences are hard to follow on a phone or in a second language; a customer who misreads a step writes back.',
  lesson: {
    title: 'One idea per sentence',
    before:
      'I checked your account and it looks like the export failed because the file was larger than the limit on your plan, which is why I raised the limit for you this morning, so if you try again now it should go through, and if it does not you can reply here and I will look at it again with our engineers.',
    after:
      'I checked your account: the export was larger than your plan allows. I raised the limit this morning, so it will go through now. If it doesn’t, reply here and I’ll look at it with our engineers.',
  },
  fixes: false,
  check: (sentence) => {
    const words = countWords(sentence);
    if (words <= MAX_SENTENCE_WORDS) return [];
    const text = sentence.text;
    const end = text.trimEnd().length;
    const start = text.length - text.trimStart().length;
    return [
      {
        start,
        end,
        reason: `This sentence has ${words} words; try splitting it (aim for under ${MAX_SENTENCE_WORDS})`,
      },
    ];
  },
  examples: {
    bad: [
      {
        text: 'I have looked into your account and I can see that the export failed because the file was larger than the limit that applies to your plan, which is why I have raised the limit for you today.',
      },
      {
        text: 'When you open the settings page and go to the billing section you will see a button that lets you download every invoice since you joined, and you can also change the email address the invoices go to there.',
      },
    ],
    good: [
      { text: 'I have raised the export limit on your plan, so the file will go through now.' },
      { text: 'Open Settings, then Billing, and click Download invoices.' },
    ],
  },
};
