/**
 * questions: every question the customer asked, mapped to the draft sentence that addresses it (the one sharing
 * most of its key words, by stem), or listed as unanswered.
 */
import { weakCache } from '../engine-state';
import { stem } from '../lexicon/words';
import type { CustomerAnalysis, CustomerQuestion, QuestionsCheck, Span } from '../types';
import type { DraftView, SentenceFeatures } from './draft';

/** A direct answer word lets one shared key word suffice ("Yes — the refund went out today."). */
const DIRECT_ANSWER =
  /^(yes|no|yep|nope|unfortunately|absolutely|certainly|of course|sure|definitely|correct|right|good question|great question)\b/i;

/** Key words a sentence must share with a question before it counts as the answer. */
function required(keywordCount: number): number {
  return keywordCount <= 2 ? 1 : 2;
}

interface AnswerWords {
  stems: ReadonlySet<string>;
  direct: boolean;
}

/**
 * Per sentence (its features are cached by sentence text, so the same object while it is unchanged): its distinct
 * stems and whether it opens with a direct answer, so a keystroke does not rebuild them for every sentence.
 */
const answerWords = weakCache<SentenceFeatures, AnswerWords>('questions: answer words by sentence');
function answerWordsOf(text: string, features: SentenceFeatures): AnswerWords {
  let words = answerWords.get(features);
  if (!words) {
    words = { stems: new Set(features.stems), direct: DIRECT_ANSWER.test(text.trim()) };
    answerWords.set(features, words);
  }
  return words;
}

function bestAnswer(question: CustomerQuestion, view: DraftView): Span | null {
  const keys = new Set(question.keywords.map(stem));
  let best: { span: Span; score: number } | null = null;
  for (const { sentence, features } of view.sentences) {
    // A question back to the customer does not answer theirs.
    if (features.question) continue;
    const { stems, direct } = answerWordsOf(sentence.text, features);
    let shared = 0;
    for (const word of stems) if (keys.has(word)) shared += 1;
    const enough = shared >= required(keys.size) || (direct && shared >= 1);
    if (!enough) continue;
    const score = shared + (direct ? 0.5 : 0);
    if (!best || score > best.score) best = { span: { start: sentence.start, end: sentence.end }, score };
  }
  return best?.span ?? null;
}

export function checkQuestions(view: DraftView, customer: CustomerAnalysis | null): QuestionsCheck {
  const asked = customer?.questions ?? [];
  const answered: QuestionsCheck['answered'] = [];
  const unanswered: CustomerQuestion[] = [];
  for (const question of asked) {
    const answer = bestAnswer(question, view);
    if (answer) answered.push({ question, answer });
    else unanswered.push(question);
  }
  const needed = asked.length > 0;
  const status = !needed ? 'not-needed' : unanswered.length === 0 ? 'present' : 'missing';
  // A request ("please open my channel back") needs taking up as much as a question needs an answer; the text says which.
  const asks = asked.some((question) => question.kind === 'request')
    ? asked.every((question) => question.kind === 'request')
      ? 'requests'
      : 'questions and requests'
    : 'questions';
  const why = !needed
    ? 'The customer asked no questions.'
    : unanswered.length === 0
      ? `All ${asked.length} of the customer's ${asks} are addressed.`
      : `${unanswered.length} of ${asked.length} ${asks} look unanswered: ${unanswered.map((question) => `“${question.text.trim()}”`).join(' ')} An unanswered ${unanswered.every((question) => question.kind === 'request') ? 'request' : 'question'} means another round trip.`;
  return { status, needed, evidence: answered.map(({ answer }) => answer), why, asked, answered, unanswered };
}
