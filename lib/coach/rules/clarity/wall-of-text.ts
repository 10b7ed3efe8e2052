import type { AnalyzedText } from '../../text';
import { type DocumentRule, type RuleHit } from '../types';

const id = 'clarity/wall-of-text';

/** A paragraph past either limit reads as a wall on a phone screen. */
export const MAX_PARAGRAPH_WORDS = 100;
export const MAX_PARAGRAPH_SENTENCES = 8;

function check(text: AnalyzedText): RuleHit[] {
  const words = new Array<number>(text.paragraphs.length).fill(0);
  const sentences = new Array<number>(text.paragraphs.length).fill(0);
  for (const sentence of text.sentences) {
    words[sentence.paragraph] =
      (words[sentence.paragraph] ?? 0) + sentence.terms.filter((term) => /[\p{L}\p{N}]/u.test(term.text)).length;
    sentences[sentence.paragraph] = (sentences[sentence.paragraph] ?? 0) + 1;
  }
  const hits: RuleHit[] = [];
  text.paragraphs.forEach((paragraph, index) => {
    const wordCount = words[index] ?? 0;
    const sentenceCount = sentences[index] ?? 0;
    if (wordCount <= MAX_PARAGRAPH_WORDS && sentenceCount <= MAX_PARAGRAPH_SENTENCES) return;
    hits.push({
      start: paragraph.start,
      end: paragraph.end,
      reason: `This paragraph runs to ${wordCount} words in ${sentenceCount} sentences: break it into short paragraphs or steps`,
    });
  });
  return hits;
}

const sentence = 'We checked the export and found that the file was too large for your plan.';
export const rule: DocumentRule = {
  id,
  scope: 'document',
  severity: 'suggestion',
  rationale: `Paragraphs over ${MAX_PARAGRAPH_WORDS} words or ${MAX_PARAGRAPH_SENTENCES} sentences.`,
  why: 'A dense block is skimmed, and the one step the customer needed is the one they miss.',
  lesson: {
    title: 'Short paragraphs, one step each',
    before:
      'Open Settings. Then choose Billing. Then open Invoices. Find the month you need. Click Download next to it. Check your downloads folder. Open the file. If it is empty, send us a screenshot. We will look at it today.',
    after: 'Open Settings.\n\nChoose Billing, then Invoices.\n\nClick Download next to the month you need.',
  },
  fixes: false,
  check,
  examples: {
    bad: [
      { text: Array.from({ length: 9 }, () => sentence).join(' ') },
      {
        text: `Hi Sam,\n${Array.from({ length: 8 }, (_, i) => `Step ${i + 1} is to open the settings page and check the sync box.`).join(' ')}`,
      },
    ],
    good: [
      { text: Array.from({ length: 5 }, () => sentence).join('\n') },
      { text: `Hi Sam,\n${sentence} ${sentence}\nI have raised the limit, so it works now.` },
      {
        text: 'Oh wow! I did not know. We can do it! I am glad. The exams are the worst! Not too bad now. Every day is new. Thanks!',
      },
    ],
  },
};
