/** All eight checks of a draft against the customer's message. */
import type { AnalyzedText } from '../text';
import type { Checks, CustomerAnalysis } from '../types';
import { checkAcknowledgement } from './acknowledgement';
import { checkClosing } from './closing';
import { viewDraft } from './draft';
import { checkGreeting } from './greeting';
import { checkNextSteps } from './next-steps';
import { checkPersonalization } from './personalization';
import { checkQuestions } from './questions';
import { checkReassurance } from './reassurance';
import { checkRestatement } from './restatement';

export function runChecks(
  draft: AnalyzedText,
  customer: CustomerAnalysis | null,
  customerMessage: string | null,
): Checks {
  const view = viewDraft(draft);
  return {
    acknowledgement: checkAcknowledgement(view, customer),
    reassurance: checkReassurance(view, customer),
    restatement: checkRestatement(view, customer, customerMessage),
    questions: checkQuestions(view, customer),
    nextSteps: checkNextSteps(view, customer),
    personalization: checkPersonalization(view, customer),
    greeting: checkGreeting(view, customer),
    closing: checkClosing(view),
  };
}
