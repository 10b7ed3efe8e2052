/**
 * reassurance: emotional support and confidence — "we'll get this sorted today", "your data is safe", "you did
 * the right thing". Needed when the customer is anxious, under time pressure or clearly distressed.
 */
import type { Check, CustomerAnalysis } from '../types';
import { givesAdvice, isPleasantry, isWished } from './advice';
import { supportSpans, type DraftView } from './draft';
import { distinctSpans, resolveCheck } from './status';

export const REASSURANCE_DISTRESS = 0.45;

export function isReassuranceNeeded(customer: CustomerAnalysis | null): boolean {
  if (!customer) return false;
  const worried = customer.emotions.some(
    (reading) => (reading.emotion === 'anxious' || reading.emotion === 'urgent') && reading.intensity >= 0.4,
  );
  // Time pressure, a business at stake or a customer about to leave all need to hear it will be handled.
  const pressure = customer.stress.some(
    (signal) => signal.kind === 'deadline' || signal.kind === 'business-impact' || signal.kind === 'threat-to-leave',
  );
  return worried || pressure || customer.distress >= REASSURANCE_DISTRESS;
}

export function checkReassurance(view: DraftView, customer: CustomerAnalysis | null): Check {
  // Positive words in a suggestion praise the suggestion, not the customer; in a pleasantry, the conversation.
  const praise = view.sentences
    .filter((entry) => entry.features.praise && !givesAdvice(entry.sentence) && !isPleasantry(entry.sentence))
    .map(({ sentence }) => ({ start: sentence.start, end: sentence.end }));
  // A wish ("I hope things settle down soon") is kind but promises nothing, so it does not reassure.
  const cues = supportSpans(view, ['affirmation', 'confidence']).filter((span) => {
    const { sentence } = view.sentences[span.sentence]!;
    return !isWished(sentence, span.start - sentence.start);
  });
  const spans = [...cues, ...praise];
  return resolveCheck(spans.length > 0, isReassuranceNeeded(customer), distinctSpans(spans), {
    met: 'The reply gives the customer confidence that this will be resolved, or affirms what they did.',
    missing:
      'The customer is worried or under pressure; tell them plainly that it will be handled (and that they did the right thing by writing).',
    notNeeded: 'The customer is calm; reassurance is optional here.',
  });
}
