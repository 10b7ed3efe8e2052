/**
 * nextSteps: what happens next, who does it and when. Each sentence with a concrete future action is a step;
 * its actor comes from the action's subject and its time from a date or time phrase in the same sentence.
 */
import type { CustomerAnalysis, NextStep, NextStepsCheck } from '../types';
import { cueSpans, type DraftView } from './draft';

const ACTOR =
  /^(i|we|our team|the team|our engineers|our developers|our billing team|support|someone|a specialist|an engineer|my colleague|he|she|they|you|you all|y all)\b/i;

/** "Please allow some time", "please note" — boilerplate, not a step anyone takes. */
const NOT_A_STEP = /^please\s+(allow|note|be|understand|bear|kindly|accept|find)\b/i;

function actorOf(actionText: string, cueId: string): string | null {
  if (cueId === 'please-do' || cueId === 'instruction') return 'you';
  const match = ACTOR.exec(actionText.replace(/[’']\w+\b/, ''));
  return match ? match[1]!.toLowerCase() : null;
}

export function checkNextSteps(view: DraftView, customer: CustomerAnalysis | null): NextStepsCheck {
  const steps: NextStep[] = [];
  for (const entry of view.sentences) {
    const actions = cueSpans(view, ['action'], [entry]).filter(
      (action) => !NOT_A_STEP.test(view.text.text.slice(action.start, action.end)),
    );
    if (actions.length === 0 || entry.features.question) continue;
    const when = cueSpans(view, ['when'], [entry]);
    const action = actions[0]!;
    const actionText = view.text.text.slice(action.start, action.end);
    steps.push({
      what: entry.sentence.text.trim(),
      who: actorOf(actionText, action.id),
      when: when.length > 0 ? view.text.text.slice(when[0]!.start, when[0]!.end) : null,
      span: { start: entry.sentence.start, end: entry.sentence.end },
    });
  }
  const needed = customer !== null || view.text.words >= 40;
  const timed = steps.some((step) => step.when !== null);
  const owned = steps.some((step) => step.who !== null);
  const why =
    steps.length === 0
      ? needed
        ? 'Say what happens next: who does what, and by when. Without it the customer will write again to ask.'
        : 'A short message without a next step.'
      : !timed
        ? 'There is a next step; add when it will happen so the customer knows when to expect it.'
        : !owned
          ? 'There is a next step with a time; say who will do it.'
          : 'The reply says what happens next, who does it and when.';
  const status = steps.length > 0 ? 'present' : needed ? 'missing' : 'not-needed';
  return { status, needed, evidence: steps.map((step) => step.span), why, steps };
}
