/** closing: the draft ends by inviting follow-up ("Let me know if anything else comes up"). */
import type { Check } from '../types';
import { cueSpans, type DraftView } from './draft';
import { LETTER_WORDS } from './greeting';
import { resolveCheck } from './status';

/** How many sentences at the end count as the closing (the invitation, then a sign-off and a name). */
const CLOSING_SENTENCES = 4;

export function checkClosing(view: DraftView): Check {
  const ending = view.sentences.slice(-CLOSING_SENTENCES);
  const spans = cueSpans(view, ['invite'], ending);
  const needed = view.text.words >= LETTER_WORDS;
  return resolveCheck(spans.length > 0, needed, spans, {
    met: 'The reply ends by inviting the customer to follow up.',
    missing:
      'End by inviting a reply ("If anything still looks off, just reply here and I\'ll pick it up.") so the customer knows the door is open.',
    notNeeded: 'A short message; a closing invitation is optional.',
  });
}
