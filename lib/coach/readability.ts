/**
 * Reading grade (Flesch–Kincaid) of the draft. Syllables come from `syllable` (words-as-data with exceptions, MIT,
 * ~10 KB gzip) and are cached per word, so a keystroke only counts the words it changed.
 */
import { syllable } from 'syllable';
import { boundedCache } from './engine-state';
import type { AnalyzedText, Sentence } from './text';
import type { Readability } from './types';

const syllableCache = boundedCache<string, number>('readability: syllables by word', 20_000);

function syllablesOf(word: string): number {
  const cached = syllableCache.get(word);
  if (cached !== undefined) return cached;
  const count = Math.max(1, syllable(word));
  syllableCache.set(word, count);
  return count;
}

interface SentenceCounts {
  words: number;
  syllables: number;
}

/** Word and syllable counts per sentence text, so the document's grade is a sum over cached sentences. */
const sentenceCountCache = boundedCache<string, SentenceCounts>('readability: counts by sentence', 4000);

function countSentence(sentence: Sentence): SentenceCounts {
  const cached = sentenceCountCache.get(sentence.text);
  if (cached) return cached;
  let words = 0;
  let syllables = 0;
  for (const term of sentence.terms) {
    if (!term.text || !/[\p{L}\p{N}]/u.test(term.text)) continue;
    words += 1;
    syllables += /\p{L}/u.test(term.text) ? syllablesOf(term.normal || term.text.toLowerCase()) : 1;
  }
  const counts = { words, syllables };
  sentenceCountCache.set(sentence.text, counts);
  return counts;
}

/** Words for readability: terms with letters (numbers and symbols read as one short word). */
export function readability(text: AnalyzedText): Readability {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const sentence of text.sentences) {
    const counts = countSentence(sentence);
    if (counts.words > 0) sentences += 1;
    words += counts.words;
    syllables += counts.syllables;
  }
  if (words === 0) return { grade: 0, words: 0, sentences: 0, wordsPerSentence: 0 };
  const wordsPerSentence = words / sentences;
  const grade = 0.39 * wordsPerSentence + 11.8 * (syllables / words) - 15.59;
  return {
    grade: Math.round(Math.max(0, grade) * 10) / 10,
    words,
    sentences,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
  };
}
