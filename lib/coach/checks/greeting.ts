/** greeting: the draft opens by greeting the customer ("Hi Maria,", "Thanks for reaching out"). */
import type { Check, CustomerAnalysis } from '../types';
import { cueSpans, type DraftView } from './draft';
import { resolveCheck } from './status';

/** Replies shorter than this read as chat messages, where a greeting is optional. */
export const LETTER_WORDS = 20;

export function checkGreeting(view: DraftView, customer: CustomerAnalysis | null): Check {
  const opening = view.sentences.slice(0, 2);
  const spans = cueSpans(view, ['greeting'], opening);
  const needed = view.text.words >= LETTER_WORDS;
  return resolveCheck(spans.length > 0, needed, spans, {
    met: 'The reply opens with a greeting.',
    missing: customer?.name
      ? `Open with a greeting, e.g. "Hi ${customer.name},".`
      : 'Open with a greeting ("Hi there,") — starting straight with the answer feels abrupt.',
    notNeeded: 'A short message; a greeting is optional.',
  });
}
