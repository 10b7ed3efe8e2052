/**
 * acknowledgement: the draft acknowledges the customer's feelings or what the problem costs them — a reflection
 * ("that sounds stressful"), validation ("completely understandable"), an apology, or recognising the impact.
 * Needed when the customer is upset, anxious or stressed.
 */
import type { Check, CustomerAnalysis } from '../types';
import { supportSpans, type DraftView } from './draft';
import { distinctSpans, resolveCheck } from './status';

/** Distress at which acknowledging feelings stops being optional. */
export const ACKNOWLEDGEMENT_DISTRESS = 0.3;

export function checkAcknowledgement(view: DraftView, customer: CustomerAnalysis | null): Check {
  const spans = supportSpans(view, ['reflection', 'validation', 'apology', 'impact']);
  const needed = customer !== null && customer.distress >= ACKNOWLEDGEMENT_DISTRESS;
  const feeling = customer?.primaryEmotion && customer.primaryEmotion !== 'grateful' ? customer.primaryEmotion : 'upset';
  return resolveCheck(spans.length > 0, needed, distinctSpans(spans), {
    met: 'The reply recognises how the customer feels or what this costs them.',
    missing: `The customer sounds ${feeling}; say you see it before solving — people accept a fix more readily once they feel heard.`,
    notNeeded: 'The customer does not sound upset, so no acknowledgement is needed.',
  });
}
