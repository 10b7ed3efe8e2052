/**
 * Sentence frames for suggested acknowledgements and reassurances, per tone. Frames are whole sentences written by
 * us; the only slots are typed values the customer analysis produced: {topic} (a noun phrase the engine spelled,
 * "your Gmail account") and verb forms that agree with it ({is} {was} {has} {isnt} {hasnt} {keeps}, and {it} / {they} for the topic as object / subject). No
 * customer clause is ever pasted in. A frame that needs {topic} is used only when there is one; every filled
 * frame is checked (self-check.ts) before it is offered, and tests run that check over every frame and slot kind.
 */
import type { Emotion, ImpactKind, ProblemKind, ProblemSituation, Tone } from '../types';

/** Variants per tone; each variant is one or two whole sentences. */
export type Variants = Readonly<Record<Tone, readonly string[]>>;

export interface SituationFrames {
  /** Frames that name the topic. */
  withTopic: Variants;
  /** Frames for when no topic was found (and the situation has no natural default, such as "your account"). */
  withoutTopic: Variants;
}

export const SITUATION_ACKNOWLEDGEMENTS: Readonly<Record<ProblemSituation, SituationFrames>> = {
  hacked: {
    withTopic: {
      warm: [
        "I'm so sorry someone got into {topic} — that's a horrible thing to find.",
        "Finding out someone else got into {topic} is really unsettling, and I'm sorry you're going through it.",
      ],
      formal: [
        'I am very sorry that someone accessed {topic} without your permission.',
        'I understand how concerning it is to find that someone else accessed {topic}.',
      ],
      casual: [
        "Ugh, I'm sorry someone got into {topic} — that's awful.",
        "Someone getting into {topic} is awful, and I'm sorry.",
      ],
    },
    withoutTopic: {
      warm: ["I'm so sorry someone got into your account — that's a horrible thing to find."],
      formal: ['I am very sorry that someone accessed your account without your permission.'],
      casual: ["Ugh, I'm sorry someone got into your account — that's awful."],
    },
  },
  'locked-out': {
    withTopic: {
      warm: [
        "I'm sorry you've been locked out of {topic} — I know how much you rely on {it}.",
        "Being shut out of {topic} is really stressful, and I'm sorry.",
      ],
      formal: [
        'I am sorry that you cannot get into {topic}.',
        'I understand how disruptive it is to lose access to {topic}.',
      ],
      casual: [
        "I'm sorry you're locked out of {topic} — that's a real pain.",
        "Being locked out of {topic} is no fun, and I'm sorry.",
      ],
    },
    withoutTopic: {
      warm: ["I'm sorry you've been locked out of your account."],
      formal: ['I am sorry that you cannot get into your account.'],
      casual: ["I'm sorry you're locked out of your account — that's a real pain."],
    },
  },
  suspended: {
    withTopic: {
      warm: [
        "I'm sorry about what happened to {topic} — I can see how much this matters to you.",
        "I'm sorry to hear about the suspension on {topic}, and I can see how much it matters to you.",
      ],
      formal: [
        'I understand how concerning a suspension on {topic} is.',
        'I am sorry to hear about the suspension on {topic}.',
      ],
      casual: ["I'm sorry about the suspension on {topic} — I know that's a big deal."],
    },
    withoutTopic: {
      warm: ["I'm sorry to hear about the suspension on your account, and I can see how much it matters to you."],
      formal: ['I am sorry to hear about the suspension on your account.'],
      casual: ["I'm sorry about the suspension on your account — I know that's a big deal."],
    },
  },
  'charged-wrongly': {
    withTopic: {
      warm: [
        "I'm sorry about the charge for {topic} that you weren't expecting.",
        "An unexpected charge is stressful, and I'm sorry you've had to deal with it.",
      ],
      formal: [
        'I am sorry to hear about the unexpected charge for {topic}.',
        'I understand how concerning an unexpected charge is.',
      ],
      casual: [
        "I'm sorry about that surprise charge for {topic}.",
        "A surprise charge is never fun, and I'm sorry about it.",
      ],
    },
    withoutTopic: {
      warm: [
        "I'm sorry about the charge you weren't expecting.",
        "An unexpected charge is stressful, and I'm sorry you've had to deal with it.",
      ],
      formal: [
        'I am sorry to hear about the unexpected charge.',
        'I understand how concerning an unexpected charge is.',
      ],
      casual: ["I'm sorry about that surprise charge.", "A surprise charge is never fun, and I'm sorry about it."],
    },
  },
  refund: {
    withTopic: {
      warm: [
        "I'm sorry you've had trouble getting a refund for {topic}.",
        "I'm sorry getting your money back for {topic} has been such a hassle.",
      ],
      formal: [
        'I am sorry for the trouble with the refund for {topic}.',
        'I understand you would like a refund for {topic}, and I am sorry for the trouble.',
      ],
      casual: ["I'm sorry getting your money back for {topic} has been a hassle."],
    },
    withoutTopic: {
      warm: ["I'm sorry you've had trouble getting your money back."],
      formal: ['I understand you would like a refund, and I am sorry for the trouble.'],
      casual: ["I'm sorry getting your money back has been a hassle."],
    },
  },
  'not-arrived': {
    withTopic: {
      warm: [
        "I'm sorry {topic} {hasnt} arrived yet — I know you've been waiting for {it}.",
        "Waiting for {topic} with no sign of {it} is frustrating, and I'm sorry.",
      ],
      formal: [
        'I am sorry that {topic} {has} not arrived yet.',
        'I understand how frustrating it is that {topic} {has} not arrived.',
      ],
      casual: [
        "I'm sorry {topic} {hasnt} turned up yet.",
        "Waiting on {topic} is a pain, and I'm sorry {they} {hasnt} shown up.",
      ],
    },
    withoutTopic: {
      warm: ["I'm sorry you're still waiting for this — I know how frustrating that is."],
      formal: ['I am sorry that you are still waiting for this.'],
      casual: ["I'm sorry you're still waiting on this."],
    },
  },
  crashes: {
    withTopic: {
      warm: [
        "I'm sorry {topic} {keeps} crashing on you.",
        "Crashes like that are so disruptive, and I'm sorry {topic} {keeps} doing it.",
      ],
      formal: [
        'I am sorry that {topic} {keeps} crashing.',
        'I understand how disruptive it is when {topic} {keeps} crashing.',
      ],
      casual: ["Ugh, I'm sorry {topic} {keeps} crashing — that's really annoying."],
    },
    withoutTopic: {
      warm: ["I'm sorry about the crashes you've been running into."],
      formal: ['I am sorry about the crashes you have been experiencing.'],
      casual: ["All that crashing is really annoying, and I'm sorry."],
    },
  },
  error: {
    withTopic: {
      warm: ["I'm sorry you're running into an error with {topic}.", "I'm sorry {topic} {is} giving you an error."],
      formal: ['I am sorry that you are seeing an error with {topic}.'],
      casual: ["I'm sorry about the error with {topic}."],
    },
    withoutTopic: {
      warm: ["I'm sorry you're running into that error."],
      formal: ['I am sorry that you are seeing this error.'],
      casual: ["Ugh, I'm sorry about that error."],
    },
  },
  'not-working': {
    withTopic: {
      warm: [
        "I'm sorry {topic} {isnt} working the way {they} should.",
        "I'm sorry you're having trouble with {topic}.",
      ],
      formal: [
        'I am sorry that {topic} {is} not working as {they} should.',
        'I am sorry for the trouble you are having with {topic}.',
      ],
      casual: ["I'm sorry {topic} {isnt} working right.", "Ugh, I'm sorry you're having trouble with {topic}."],
    },
    withoutTopic: {
      warm: ["I'm sorry this isn't working the way it should."],
      formal: ['I am sorry that this is not working as it should.'],
      casual: ["I'm sorry this isn't working right."],
    },
  },
  'lost-data': {
    withTopic: {
      warm: [
        "I'm so sorry you've lost {topic} — I know how much {they} can mean.",
        "Losing {topic} is awful, and I'm so sorry.",
      ],
      formal: [
        'I am very sorry to hear that you have lost {topic}.',
        'I understand how distressing it is to lose {topic}.',
      ],
      casual: ["Losing {topic} is the worst, and I'm so sorry."],
    },
    withoutTopic: {
      warm: ["I'm so sorry you've lost your data — I know how much it can mean."],
      formal: ['I am very sorry to hear that you have lost your data.'],
      casual: ["Losing your data is the worst, and I'm so sorry."],
    },
  },
  missing: {
    withTopic: {
      warm: ["I'm sorry {topic} {has} gone missing.", "I'm sorry {topic} {isnt} showing up where {they} should."],
      formal: ['I am sorry that {topic} {is} missing.'],
      casual: ["I'm sorry {topic} went missing."],
    },
    withoutTopic: {
      warm: ["I'm sorry things aren't showing up where they should."],
      formal: ['I am sorry that something is missing.'],
      casual: ["I'm sorry things have gone missing."],
    },
  },
  slow: {
    withTopic: {
      warm: ["I'm sorry {topic} {has} been so slow."],
      formal: ['I am sorry that {topic} {has} been slow.'],
      casual: ["Ugh, I'm sorry {topic} {has} been so slow."],
    },
    withoutTopic: {
      warm: ["I'm sorry things have been so slow."],
      formal: ['I am sorry for the slow performance.'],
      casual: ["Ugh, I'm sorry it's been so slow."],
    },
  },
  decision: {
    withTopic: {
      // About the thing, not "the decision about" it: what they dispute is often a change or a handling, not a ruling.
      warm: ["I can see why you're unhappy about {topic}."],
      formal: ['I understand your concerns about {topic}.'],
      casual: ["I get why you're unhappy about {topic}."],
    },
    withoutTopic: {
      warm: ['I can see why this decision feels unfair to you.'],
      formal: ['I understand why you disagree with this decision.'],
      casual: ['I get why this feels unfair.'],
    },
  },
  // How-to topics are what they want to operate ("your device"): "sorry your device has been hard" reads oddly.
  'how-to': {
    withTopic: {
      warm: ["I'm sorry this has been so hard to figure out."],
      formal: ['I am sorry this has not been easier to work out.'],
      casual: ["I'm sorry this has been such a puzzle."],
    },
    withoutTopic: {
      warm: ["I'm sorry this has been so hard to figure out."],
      formal: ['I am sorry this has not been easier to work out.'],
      casual: ["I'm sorry this has been such a puzzle."],
    },
  },
};

/** When the kind of problem is unknown: name the topic, or nothing. */
export const GENERAL_ACKNOWLEDGEMENTS: SituationFrames = {
  withTopic: {
    warm: ["I'm sorry about the trouble with {topic}.", "I'm sorry you've had such a hard time with {topic}."],
    formal: ['I am sorry for the trouble with {topic}.'],
    casual: ["I'm sorry about the hassle with {topic}."],
  },
  withoutTopic: {
    warm: ["I'm sorry you've had to deal with this.", "I'm really sorry about all of this."],
    formal: ['I am sorry for the trouble this has caused you.'],
    casual: ["I'm sorry you've had to deal with this."],
  },
};

/** How they feel, said back without a topic. */
export const EMOTION_ACKNOWLEDGEMENTS: Readonly<Record<Exclude<Emotion, 'grateful'>, Variants>> = {
  frustrated: {
    warm: ['I can see how frustrating this has been.', "I'd be frustrated too, and I'm sorry."],
    formal: ['I understand how frustrating this has been.'],
    casual: ["That's really frustrating, and I get it."],
  },
  angry: {
    warm: ['You have every right to be upset about this.'],
    formal: ['I understand why you are upset.'],
    casual: ["I get why you're annoyed."],
  },
  anxious: {
    warm: ['I can tell how worrying this is.'],
    formal: ['I understand this is worrying.'],
    casual: ['I know this is a worry.'],
  },
  confused: {
    warm: ['I can see why this is confusing.'],
    formal: ['I understand why this is confusing.'],
    casual: ['I get why this is confusing.'],
  },
  disappointed: {
    warm: ["I understand why you're disappointed.", "I'm sorry we let you down here."],
    formal: ['I understand your disappointment.'],
    casual: ["I'm sorry we let you down on this one."],
  },
  urgent: {
    warm: ["I know this can't wait."],
    formal: ['I understand this is urgent.'],
    casual: ['I know you need this sorted quickly.'],
  },
};

/** They had to ask more than once. */
export const ASKED_BEFORE_ACKNOWLEDGEMENTS: Variants = {
  warm: ["I'm sorry you've had to chase this.", "I'm sorry you've had to get in touch about this more than once."],
  formal: ['I apologise that you have had to contact us about this more than once.'],
  casual: ["I'm sorry you've had to chase us on this."],
};

/** What the problem costs them. */
export const IMPACT_ACKNOWLEDGEMENTS: Readonly<Record<ImpactKind, Variants>> = {
  deadline: {
    warm: ['I know the timing makes this even more stressful.'],
    formal: ['I understand the timing makes this especially pressing.'],
    casual: ['I know the timing makes it worse.'],
  },
  business: {
    warm: ['I know your business depends on this.'],
    formal: ['I understand this affects your business.'],
    casual: ['I know your business is counting on this.'],
  },
  money: {
    warm: ["I know it's stressful when money is involved."],
    formal: ['I understand that your money is at stake here.'],
    casual: ["I know it's stressful when your money is involved."],
  },
  health: {
    warm: ['I know this is the last thing you need right now.'],
    formal: ['I understand this comes at a difficult time for you.'],
    casual: ['I know this is the last thing you need right now.'],
  },
};

/** For a customer who is thanking us, and only then: never for a complaint. */
export const GRATITUDE_ACKNOWLEDGEMENTS: Variants = {
  warm: ['I really appreciate the kind words.', "I'm so glad to hear that."],
  formal: ['We appreciate your kind feedback.'],
  casual: ["That's great to hear, thanks so much!"],
};

/** Reassurance fits the kind of problem and promises effort, never an outcome the agent cannot guarantee. */
export const KIND_REASSURANCES: Readonly<Record<ProblemKind, SituationFrames>> = {
  'account-access': {
    withTopic: {
      warm: ["I'll look into {topic} myself and help you get back in."],
      formal: ['I will look into {topic} personally and explain each step to get you back in.'],
      casual: ["I'll dig into {topic} myself and help you get back in."],
    },
    withoutTopic: {
      warm: ["I'll look into your account myself and help you get back in."],
      formal: ['I will look into your account personally and explain each step to get you back in.'],
      casual: ["I'll dig into your account myself and help you get back in."],
    },
  },
  'charged-wrongly': {
    withTopic: {
      warm: ["I'll look into the charge for {topic} myself and tell you exactly what I find."],
      formal: ['I will look into the charge for {topic} personally and explain what I find.'],
      casual: ["I'll dig into the charge for {topic} and tell you what I find."],
    },
    withoutTopic: {
      warm: ["I'll look into the charge myself and tell you exactly what I find."],
      formal: ['I will look into the charge personally and explain what I find.'],
      casual: ["I'll dig into that charge and tell you what I find."],
    },
  },
  'not-arrived': {
    withTopic: {
      warm: ["I'll find out where {topic} {is} and come back to you with what I find."],
      formal: ['I will trace {topic} and update you on what I find.'],
      casual: ["I'll track down {topic} and let you know what I find."],
    },
    withoutTopic: {
      warm: ["I'll find out where this stands and come back to you with what I find."],
      formal: ['I will find out where this stands and update you on what I find.'],
      casual: ["I'll track this down and let you know what I find."],
    },
  },
  broken: {
    withTopic: {
      warm: ["I'll look into what's going wrong with {topic} myself and tell you what I find."],
      formal: ['I will investigate the problem with {topic} personally and keep you informed.'],
      casual: ["I'll dig into what's going on with {topic} and let you know."],
    },
    withoutTopic: {
      warm: ["I'll look into what's going wrong myself and tell you what I find."],
      formal: ['I will investigate the problem personally and keep you informed.'],
      casual: ["I'll dig into what's going on and let you know."],
    },
  },
  missing: {
    withTopic: {
      warm: ["I'll look into what happened to {topic} myself and tell you what I find."],
      formal: ['I will look into what happened to {topic} personally and update you.'],
      casual: ["I'll dig into what happened to {topic} and let you know."],
    },
    withoutTopic: {
      warm: ["I'll look into what happened myself and tell you what I find."],
      formal: ['I will look into what happened personally and update you.'],
      casual: ["I'll dig into what happened and let you know."],
    },
  },
  slow: {
    withTopic: {
      warm: ["I'll look into why {topic} {is} so slow and tell you what I find."],
      formal: ['I will look into the slowness of {topic} personally and keep you informed.'],
      casual: ["I'll dig into why {topic} {is} so slow and let you know."],
    },
    withoutTopic: {
      warm: ["I'll look into the slowdown myself and tell you what I find."],
      formal: ['I will look into the slowdown personally and keep you informed.'],
      casual: ["I'll dig into the slowdown and let you know."],
    },
  },
  disagree: {
    withTopic: {
      warm: ["I'll look into {topic} myself and explain the options you have."],
      formal: ['I will review {topic} personally and explain your options.'],
      casual: ["I'll take a look at {topic} and walk you through your options."],
    },
    withoutTopic: {
      warm: ["I'll look into the decision myself and explain the options you have."],
      formal: ['I will review the decision personally and explain your options.'],
      casual: ["I'll take a look at the decision and walk you through your options."],
    },
  },
  'how-to': {
    withTopic: {
      warm: ["I'll walk you through it step by step."],
      formal: ['I will walk you through the steps.'],
      casual: ["I'll walk you through it, step by step."],
    },
    withoutTopic: {
      warm: ["I'll walk you through it step by step."],
      formal: ['I will walk you through the steps.'],
      casual: ["I'll walk you through it, step by step."],
    },
  },
};

/** A refund request is answered about the refund, not about a charge. */
export const REFUND_REASSURANCES: Variants = {
  warm: ["I'll check on the refund myself and tell you where it stands."],
  formal: ['I will check the status of the refund personally and let you know where it stands.'],
  casual: ["I'll check on that refund and let you know where it stands."],
};

export const GENERAL_REASSURANCES: Variants = {
  warm: [
    "I'll look into this myself and keep you updated.",
    "I'm looking into this myself, and I'll keep you posted on what I find.",
  ],
  formal: ['I will look into this personally and keep you informed.'],
  casual: ["I'll dig into this and keep you posted."],
};

export const ASKED_BEFORE_REASSURANCES: Variants = {
  warm: ["I've read through what you've sent, so you won't need to explain it again."],
  formal: ['I have your earlier messages, so there is no need to repeat the details.'],
  casual: ["I've got the details from your messages, so there's no need to go over it again."],
};

export const DEADLINE_REASSURANCES: Variants = {
  warm: ["I know the timing matters, so I'm looking at this now."],
  formal: ['I understand the timing matters, so I am looking into this now.'],
  casual: ["I know the clock's ticking, so I'm on it now."],
};
