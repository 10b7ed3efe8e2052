/**
 * A short lesson per rule and per check: why it matters to the customer, and a before/after pair. Each rule carries
 * its own lesson in its file (lib/coach/rules/<family>/<name>.ts); the checks' lessons are here, and so are the
 * family lessons that teach ids without a rule of their own (team guideline rules, rules an old record names).
 *
 * The rules' lessons come as data (`virtual:attune/rule-lessons`, see lib/lessons/from-rules.ts): importing the
 * rule registry here would put the whole engine into every extension page that shows a lesson.
 */
import ruleLessons from 'virtual:attune/rule-lessons';
import { familyOf } from '../coach/rules/family';

export interface Lesson {
  /** The rule id or family this lesson teaches. */
  id: string;
  title: string;
  why: string;
  before: string;
  after: string;
}

/** Lessons for the active-listening checks (check ids from the engine's Checks). */
export const CHECK_LESSONS: Record<string, Lesson> = {
  acknowledgement: {
    id: 'acknowledgement',
    title: 'Acknowledge the feeling and the cost',
    why: 'Customers who feel heard accept the same answer more readily. Name what happened and what it cost them before you fix it.',
    before: 'Please clear your cache and try again.',
    after: 'I’m sorry the export failed again right before your board meeting — that’s stressful. Let’s fix it now.',
  },
  reassurance: {
    id: 'reassurance',
    title: 'Reassure with something concrete',
    why: 'Worry fades when the customer knows someone capable is on it and what they can count on.',
    before: 'We will look into it.',
    after: 'You did the right thing writing in — I’m on this today and I’ll stay with it until it’s solved.',
  },
  restatement: {
    id: 'restatement',
    title: 'Restate the problem in your own words',
    why: 'A short restatement proves you understood, and catches misunderstandings before they cost another round-trip.',
    before: 'Thanks for reaching out.',
    after: 'So the invoice PDF downloads empty since Monday, even though the web view shows every line.',
  },
  questions: {
    id: 'questions',
    title: 'Answer every question',
    why: 'An unanswered question means another email, another wait, and a customer who feels skimmed.',
    before: 'Your refund has been processed.',
    after:
      'Your refund has been processed. It reaches your card in 3–5 working days, and yes, the discount code still works.',
  },
  nextSteps: {
    id: 'nextSteps',
    title: 'Say what happens next, who does it, and when',
    why: 'Uncertainty is what makes waiting hard. A clear next step lets the customer stop worrying.',
    before: 'We are working on it.',
    after: 'I’ve asked our billing team to reissue it; you’ll have it from me by 3 pm CET tomorrow.',
  },
  personalization: {
    id: 'personalization',
    title: 'Make it theirs',
    why: 'Their name and their specifics (order, product, date) show a person read their message, not a macro.',
    before: 'Your order has shipped.',
    after: 'Maria, order #48213 — the blue lamp — left our warehouse this morning.',
  },
  greeting: {
    id: 'greeting',
    title: 'Open with a greeting',
    why: 'A greeting sets a human tone before any news, good or bad.',
    before: 'The feature is not available.',
    after: 'Hi Sam, thanks for asking about this.',
  },
  closing: {
    id: 'closing',
    title: 'Close with an open door',
    why: 'Inviting follow-up tells the customer they are not being closed out.',
    before: 'Regards.',
    after: 'If anything still looks off, just reply here — I’ll keep an eye on this ticket.',
  },
};

/** Lessons per rule family, for ids without a rule of their own. */
export const FAMILY_LESSONS: Record<string, Lesson> = {
  clarity: {
    id: 'clarity',
    title: 'Short sentences, plain words',
    why: 'Stressed readers skim. Short sentences and everyday words get the answer across on the first read.',
    before:
      'Due to the fact that the SSO IdP config was not propagated, authentication could not be completed for your users.',
    after: 'Your team couldn’t sign in because a login setting hadn’t been saved. I’ve fixed it.',
  },
  tone: {
    id: 'tone',
    title: 'Kind, confident, on their side',
    why: 'Blame, condescension and hedging make the customer defend themselves instead of trusting you.',
    before: 'As I already said, you should have simply updated the app.',
    after: 'Updating the app fixes this — here’s how, step by step.',
  },
  boilerplate: {
    id: 'boilerplate',
    title: 'Say it like a person',
    why: 'Stock phrases read as a macro and signal that nobody really read their message.',
    before: 'We apologize for any inconvenience this may have caused.',
    after: 'I’m sorry you lost an afternoon to this.',
  },
  promises: {
    id: 'promises',
    title: 'Promise only what you control',
    why: 'A broken promise costs more trust than an honest estimate.',
    before: 'I guarantee this will never happen again.',
    after: 'We’ve added a check that catches this, and I’ll watch your next two exports myself.',
  },
  inclusive: {
    id: 'inclusive',
    title: 'Words that include everyone',
    why: 'Customers notice words that leave them out; inclusive words cost nothing.',
    before: 'Hey guys, that’s a crazy bug.',
    after: 'Hi everyone, that’s a surprising bug.',
  },
  plain: {
    id: 'plain',
    title: 'Skip idioms and slang',
    why: 'Many customers read in their second language; idioms and abbreviations are easy to misread.',
    before: 'Let’s touch base ASAP with a ballpark.',
    after: 'I’ll call you today with a rough estimate.',
  },
  dates: {
    id: 'dates',
    title: 'Unmistakable dates and times',
    why: '03/04 is March 4 in one country and April 3 in another; a time without a zone is a guess.',
    before: 'We’ll fix it by 03/04 at 5.',
    after: 'We’ll fix it by Thursday 4 March, 5 pm CET.',
  },
  shouting: {
    id: 'shouting',
    title: 'Calm type',
    why: 'Capitals and exclamation marks read as raised voices, even when meant as enthusiasm.',
    before: 'PLEASE NOTE this is URGENT!!!',
    after: 'Please note: this needs doing today.',
  },
  guideline: {
    id: 'guideline',
    title: 'Your team’s phrasing',
    why: 'Your team agreed on this wording so customers get one consistent voice.',
    before: 'Per our policy, refunds take 10 days.',
    after: 'Refunds take up to 10 days to reach your account.',
  },
};

export const GENERIC_LESSON: Lesson = {
  id: 'general',
  title: 'Write the reply you would want',
  why: 'Clear, kind and specific replies solve problems in one round-trip and leave customers feeling cared for.',
  before: 'Please see the attached article.',
  after: 'Here are the three steps that fix this, and the article if you’d like more detail.',
};

/** Every rule's own lesson, with the rule's `why`, in the registry's order. */
export const RULE_LESSONS: ReadonlyMap<string, Lesson> = new Map(ruleLessons.map((lesson) => [lesson.id, lesson]));

/** The lesson for a rule id or check id: the rule's own, else the check's, else its family's, else the general lesson. */
export function lessonFor(id: string): Lesson {
  return RULE_LESSONS.get(id) ?? CHECK_LESSONS[id] ?? FAMILY_LESSONS[familyOf(id)] ?? GENERIC_LESSON;
}

/** Whether a rule has a lesson of its own or its family's (not the general fallback). */
export function hasLesson(ruleId: string): boolean {
  return lessonFor(ruleId) !== GENERIC_LESSON;
}
