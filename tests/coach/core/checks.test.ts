import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/coach/index';
import type { CheckId, Report } from '../../../lib/coach/types';

const UPSET =
  "I've been locked out of my account for two days and I'm really worried — payroll is due Friday. Can you reset my password?";

function checks(draft: string, customer: string | null = UPSET): Report['checks'] {
  return analyze({ draft, customer }).checks;
}

/** Each draft has the check present (or, for `expectAbsent`, not present) against the upset customer. */
function expectPresent(id: CheckId, drafts: readonly string[]): void {
  for (const draft of drafts) expect(checks(draft)[id].status, draft).toBe('present');
}

function expectAbsent(id: CheckId, drafts: readonly string[]): void {
  for (const draft of drafts) expect(checks(draft)[id].status, draft).not.toBe('present');
}

function evidence(draft: string, id: CheckId, customer: string | null = UPSET): string[] {
  return checks(draft, customer)[id].evidence.map((span) => draft.slice(span.start, span.end));
}

describe('acknowledgement', () => {
  it('reads contractions typed without an apostrophe', () => {
    expectPresent('acknowledgement', [
      'Thats really frustrating, two days without payroll access.',
      'Youre right to be worried about payroll.',
    ]);
    expectPresent('reassurance', ['Youre doing the right thing by writing to us.']);
  });

  it('is present for a reflection, a validation or an apology that names the problem', () => {
    expectPresent('acknowledgement', [
      'That sounds really stressful with payroll due.',
      "It's completely understandable to be worried.",
      "I'm so sorry you've been locked out for two days.",
      'Thank you for your patience while we looked into it.',
    ]);
  });

  it('is missing when the customer is upset and the draft only solves', () => {
    const check = checks('I have reset your password. Use the link in your email.').acknowledgement;
    expect(check).toMatchObject({ status: 'missing', needed: true, evidence: [] });
    expect(check.why).toMatch(/anxious|upset|worried/);
  });

  it('does not count a bare "sorry to hear that" or a question about feelings', () => {
    expect(checks("I'm sorry to hear that.").acknowledgement.status).toBe('missing');
    expect(checks('Can you tell me how you feel about it?').acknowledgement.status).toBe('missing');
  });

  it('reads a statement that names their feeling or judges their situation as hard, without a fixed phrase', () => {
    expectPresent('acknowledgement', [
      "You're understandably anxious about the renewal.",
      'You seem really worried about your data.',
      "That's so unfair on you.",
      'How unfair of them to charge you twice.',
      'It must be awful to lose a whole day of work.',
    ]);
    expect(
      evidence('Hi Sam. You seem really worried about your data, so I checked it first.', 'acknowledgement'),
    ).toEqual(['You seem really worried']);
  });

  it('does not read a question, a proposal or a factual error as a reflection', () => {
    for (const draft of [
      'Are you worried about your data?',
      'This setting makes you feel less anxious about backups.',
      'That address is wrong, so I updated it.',
      'That is wrong; the invoice lists March.',
      'It is not bad at all once it syncs.',
    ]) {
      expect(checks(draft).acknowledgement.status, draft).toBe('missing');
    }
  });

  it('counts impact and pressure named in other words, but not a neutral "made" or "under"', () => {
    expectPresent('acknowledgement', [
      'The outage made the launch week so much harder.',
      "You're under a lot of pressure with the launch on Monday.",
      "It's not going to be easy to rebuild the report.",
    ]);
    expectAbsent('acknowledgement', ['I made the change to your plan.', 'The setting is under Billing.']);
  });

  it('is not needed for a calm customer', () => {
    expect(checks('The invoice is attached.', 'Could you send me the March invoice?').acknowledgement).toMatchObject({
      status: 'not-needed',
      needed: false,
    });
  });

  it('points its evidence at the acknowledging words', () => {
    expect(evidence("Hi Sam, that sounds really stressful. I've reset it.", 'acknowledgement')).toEqual([
      'that sounds really stressful',
    ]);
  });

  it('reads "that must be…" as a reflection but "that can be…" as a general remark or a relative clause', () => {
    expectPresent('acknowledgement', ['That must have been so disruptive.', 'That must be a shock after two days.']);
    expectAbsent('acknowledgement', [
      'The report has a filter that can be applied per team.',
      'That can be a problem with older browsers.',
      'The refund could be processed today.',
    ]);
  });

  it('counts "I would be…" only with a feeling, and "anyone in your position would…" as validation', () => {
    expectPresent('acknowledgement', [
      'I would be furious too!',
      'I would be worried about payroll as well.',
      'Anyone in your position would feel the same.',
      'Anyone with a deadline would be stressed.',
    ]);
    expectAbsent('acknowledgement', [
      'I would be careful with that setting.',
      'I would be happy to send the invoice again.',
      'A lot of people will just reset it themselves.',
      'Everybody has a separate login.',
    ]);
  });

  it('reads "you must be…" as a reflection, but "you might/would be…" as a hypothetical', () => {
    expect(checks('You must be exhausted after two days of this.').acknowledgement.status).toBe('present');
    expectAbsent('acknowledgement', [
      'You might be able to find the setting under Billing.',
      'You would be surprised how quick the export is now.',
    ]);
  });

  it('reads "that sounds hard" and "that must be hard", where compromise tags "hard" as an adverb', () => {
    expectPresent('acknowledgement', [
      'That sounds hard.',
      'That must be hard.',
      'It sounds so hard for you and your team.',
    ]);
    expectAbsent('acknowledgement', [
      'Press the reset button hard for ten seconds.',
      'The drive must be formatted first.',
      'That sounds right to me.',
      'Passwords must be hard to guess.',
    ]);
  });

  it('keeps acknowledging a late order in support words', () => {
    expect(
      checks("I'm sorry your order arrived late — that's frustrating when you needed it for Friday.").acknowledgement
        .status,
    ).toBe('present');
  });
});

describe('reassurance', () => {
  it('is present for confidence about the outcome or an affirmation', () => {
    expectPresent('reassurance', [
      "We'll get this sorted today.",
      "Don't worry, your data is safe.",
      'You did the right thing by contacting us.',
    ]);
  });

  it('does not read passing a message on as "it will pass"', () => {
    expect(checks("I'll pass this on to the engineers.").reassurance.status).toBe('missing');
    expect(checks('I know it feels endless, but this will pass.').reassurance.status).toBe('present');
  });

  it('counts praise of the customer, but not warm words inside advice', () => {
    expectPresent('reassurance', [
      'You sound like a wonderful, thoughtful person.',
      'Writing to us first was a step in the right direction.',
      "You're doing the best you can with a tough deadline.",
    ]);
    expectAbsent('reassurance', [
      'Getting lost in a good book is a great way to take your mind off it.',
      'Use your time off to get confident with the new dashboard.',
      'If you prepare well, you can be confident and calm in the review.',
      'I think it may be important to make sure you have a clear, positive goal.',
    ]);
  });

  it('does not read pleasantries or a bare "I am here" as reassurance', () => {
    expectPresent('reassurance', ["We're here for you if it happens again.", "We're on it."]);
    expectAbsent('reassurance', [
      'Hi! Hope you are doing good today.',
      'Hello! I am here.',
      "No need to thank me, that's what I'm here for.",
      "It's nice to meet you!",
      'It was great to talk with you.',
    ]);
  });

  it('does not take a wish for a promise or a reflection', () => {
    for (const draft of [
      'I hope you feel better soon.',
      "I'm hoping things will settle down next week.",
      'I hope you can find a plan that suits you.',
    ]) {
      const report = checks(draft);
      expect([report.acknowledgement.status, report.reassurance.status], draft).not.toContain('present');
    }
    expectPresent('reassurance', [
      'Hopefully things will settle down once the migration finishes.',
      'I hope so, but you did the right thing by writing to us.',
    ]);
  });

  it('is missing for a worried customer when the draft gives no confidence', () => {
    expect(checks('Please try resetting your password.').reassurance).toMatchObject({
      status: 'missing',
      needed: true,
    });
  });
});

describe('restatement', () => {
  it('is present for a restatement signal or a paraphrase of their problem', () => {
    expect(checks("So you're locked out and payroll is due Friday.").restatement.status).toBe('present');
    expect(
      checks('You have been unable to get into your account since Monday, with payroll coming up.').restatement.status,
    ).toBe('present');
  });

  it('is present for a check-back opened by "so", whatever its words', () => {
    expect(checks("So it's been harder to get to the files since the weekend?").restatement.status).toBe('present');
    expect(checks('From what you said, the reset link never arrives.').restatement.status).toBe('present');
  });

  it('is not a check-back when the "so" sentence asks something new', () => {
    expect(checks('So what would you like to do next?').restatement.status).toBe('missing');
  });

  it('is missing when the draft only gives instructions or copies their sentence', () => {
    expect(checks('Please click the link we sent.').restatement.status).toBe('missing');
    expect(checks("I've been locked out of my account for two days and I'm really worried.").restatement.status).toBe(
      'missing',
    );
  });
});

describe('questions', () => {
  it('maps each question to the sentence that answers it', () => {
    const draft = "I've reset your password just now — the link is in your inbox.";
    const check = checks(draft).questions;
    expect(check.status).toBe('present');
    expect(check.answered.map(({ answer }) => draft.slice(answer.start, answer.end))).toEqual([draft]);
  });

  it('lists unanswered questions', () => {
    const customer = 'Where is my parcel? Also, can I change the delivery address?';
    const check = checks('Your parcel left our warehouse yesterday and arrives Thursday.', customer).questions;
    expect(check.status).toBe('missing');
    expect(check.unanswered.map((question) => question.text.trim())).toEqual(['can I change the delivery address?']);
  });

  it('is not needed when nothing was asked', () => {
    expect(checks('Thanks!', 'Just letting you know it works now.').questions.status).toBe('not-needed');
  });

  it('holds a request inside a longer sentence to an answer, and calls it a request', () => {
    const customer = 'My channel got suspended last week and nobody answered my e-mail please open my channel back';
    const unanswered = checks('Thanks for getting in touch with us today.', customer).questions;
    expect(unanswered.unanswered.map((question) => [question.kind, question.text])).toEqual([
      ['request', 'please open my channel back'],
    ]);
    expect(unanswered.why).toContain('1 of 1 requests look unanswered');
    const answered = checks("I've reopened your channel just now; it is back online.", customer).questions;
    expect(answered.status).toBe('present');
  });
});

describe('nextSteps', () => {
  it('records what, who and when', () => {
    const { nextSteps } = checks(
      "Our billing team will refund the charge by Friday. You'll get an email when it's done.",
    );
    expect(nextSteps.status).toBe('present');
    expect(nextSteps.steps[0]).toMatchObject({ who: 'our billing team', when: 'by Friday' });
  });

  it('is missing when the draft says nothing about what happens next', () => {
    expect(checks('That sounds stressful.').nextSteps.status).toBe('missing');
  });
});

describe('personalization', () => {
  it('is present when the draft uses the name or an order number', () => {
    const customer = 'Order #55821 arrived broken. — Tom';
    expect(checks('Hi Tom, sorry about that.', customer).personalization.status).toBe('present');
    expect(evidence("I've flagged order #55821.", 'personalization', customer)).toEqual(['55821']);
  });

  it('is missing for a generic macro', () => {
    expect(
      checks('Thank you for contacting us. We will look into it.', 'Order #55821 arrived broken. — Tom').personalization
        .status,
    ).toBe('missing');
  });

  it('counts greeting the customer by name: their first name, or any name when the engine does not know it', () => {
    const report = analyze({
      draft: "Hi Priya, I'm sorry the export failed. I'll look into it myself today.",
      customer: 'The export failed again.',
      customerName: 'Priya Raman',
    });
    expect(report.checks.personalization.status).toBe('present');
    expect(
      report.checks.personalization.evidence.map((span) => "Hi Priya, I'm sorry".slice(span.start, span.end)),
    ).toEqual(['Priya']);
    expect(
      checks('Hello Sam, the export is fixed now.', 'My export failed on order #55821.').personalization.status,
    ).toBe('present');
  });

  it('does not count a greeting to nobody in particular, or to someone else', () => {
    expect(
      checks('Hi there, the export is fixed now.', 'My export failed on order #55821.').personalization.status,
    ).toBe('missing');
    expect(
      checks('Hi team, the export is fixed now.', 'My export failed on order #55821.').personalization.status,
    ).toBe('missing');
    const other = analyze({
      draft: 'Hi John, the export is fixed now.',
      customer: 'The export failed again.',
      customerName: 'Priya Raman',
    });
    expect(other.checks.personalization.status).toBe('missing');
  });
});

describe('greeting and closing', () => {
  const long =
    'I have reset your password and sent a new link to the address on file, which should arrive within five minutes.';
  it('are present for "Hi …" and an invitation to reply', () => {
    const result = checks(`Hi there,\n${long}\nLet me know if anything else comes up.`);
    expect(result.greeting.status).toBe('present');
    expect(result.closing.status).toBe('present');
  });

  it('are missing in a long reply without them, optional in a short one', () => {
    expect(checks(long).greeting.status).toBe('missing');
    expect(checks(long).closing.status).toBe('missing');
    expect(checks('Done!').greeting.status).toBe('not-needed');
  });
});

describe('without a customer message', () => {
  it('coaches the draft alone and needs nothing from the customer', () => {
    const report = analyze({ draft: 'Thanks for waiting.' });
    expect(report.customer).toBeNull();
    expect(report.checks.acknowledgement.needed).toBe(false);
    expect(report.checks.questions.asked).toEqual([]);
  });
});
