/**
 * questions: every question the customer asked, mapped to the draft sentence that addresses it (the one sharing
 * most of its key words, by stem), or listed as unanswered.
 */
import { stem } from '../lexicon/words';
import type { CustomerAnalysis, CustomerQuestion, QuestionsCheck, Span } from '../types';
import type { DraftView } from './draft';

/** A direct answer word lets one shared key word suffice ("Yes — the refund went out today."). */
const DIRECT_ANSWER = /^(yes|no|yep|nope|unfortunately|absolutely|certainly|of course|sure|definitely|correct|right|good question|great question)\b/i;

/** Key words a sentence must share with a question before it counts as the answer. */
function required(keywordCount: number): number {
  return keywordCount <= 2 ? 1 : 2;
}

function bestAnswer(question: CustomerQuestion, view: DraftView): Span | null {
  const keys = new Set(question.keywords.map(stem));
  let best: { span: Span; score: number } | null = null;
  for (const { sentence, features } of view.sentences) {
    // A question back to the customer does not answer theirs.
    if (features.question) continue;
    let shared = 0;
    for (const word of new Set(features.stems)) if (keys.has(word)) shared += 1;
    const direct = DIRECT_ANSWER.test(sentence.text.trim());
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
  const why = !needed
    ? 'The customer asked no questions.'
    : unanswered.length === 0
      ? `All ${asked.length} of the customer's questions are addressed.`
      : `${unanswered.length} of ${asked.length} questions look unanswered: ${unanswered.map((question) => `“${question.text.trim()}”`).join(' ')} An unanswered question means another round trip.`;
  return { status, needed, evidence: answered.map(({ answer }) => answer), why, asked, answered, unanswered };
}
