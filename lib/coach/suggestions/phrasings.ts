/**
 * Sentence frames for suggested acknowledgements and reassurances, per emotion and tone. Slots are filled from
 * what this customer wrote: {problem} ("your export failed again"), {context} (", with your board meeting
 * tomorrow"), {name}. A frame is only used when every slot it names can be filled, so a suggestion never
 * contains an empty or invented detail.
 */
import type { Emotion, Tone } from '../types';

export type Frame = string;

type ByTone = Readonly<Record<Tone, readonly Frame[]>>;

export const ACKNOWLEDGEMENT_FRAMES: Readonly<Record<Emotion | 'neutral', ByTone>> = {
  frustrated: {
    warm: ["I'm so sorry {problem}{context} — I can see how frustrating that is.", 'That sounds really frustrating: {problem}{context}, and I\'m sorry.', "I completely understand the frustration — {problem}{context}, and that shouldn't happen."],
    formal: ['I apologise that {problem}{context}; I understand how frustrating this is.', 'I understand your frustration that {problem}{context}.'],
    casual: ['Ugh, sorry {problem}{context} — that\'s really annoying.', "So sorry {problem}{context}. I'd be frustrated too."],
  },
  angry: {
    warm: ["You have every right to be upset that {problem}{context}, and I'm truly sorry.", "I understand why you're angry — {problem}{context}, and that isn't good enough."],
    formal: ['I fully understand your anger that {problem}{context}, and I apologise.', 'You are right to be upset that {problem}{context}.'],
    casual: ["You've every reason to be annoyed — {problem}{context}. I'm really sorry."],
  },
  anxious: {
    warm: ['I can tell how worrying it is that {problem}{context}.', "I know it's unsettling when {problem}{context} — I'm sorry you're dealing with this."],
    formal: ['I understand your concern that {problem}{context}.', 'I appreciate how worrying it is that {problem}{context}.'],
    casual: ["That's a worrying one — sorry {problem}{context}."],
  },
  confused: {
    warm: ["I'm sorry this has been confusing — {problem}{context}, and it shouldn't be this hard to work out.", 'That would confuse anyone: {problem}{context}.'],
    formal: ['I understand the confusion: {problem}{context}.', 'I apologise that this has been unclear — {problem}{context}.'],
    casual: ['Totally get the confusion — {problem}{context}.'],
  },
  disappointed: {
    warm: ["I'm sorry we let you down — {problem}{context}, and that's not the experience you should have.", "I can see why you're disappointed that {problem}{context}."],
    formal: ['I am sorry that {problem}{context}; this falls short of the service you should expect.', 'I understand your disappointment that {problem}{context}.'],
    casual: ["Sorry we dropped the ball — {problem}{context}."],
  },
  urgent: {
    warm: ['I know time matters here{context}, and I\'m sorry {problem}.', "I'm sorry {problem}{context} — I know this can't wait."],
    formal: ['I understand this is time-sensitive{context}, and I apologise that {problem}.'],
    casual: ["Sorry {problem}{context} — I know you need this quickly."],
  },
  grateful: {
    warm: ['Thank you so much for the kind words{name} — it means a lot to the team.', "I'm really glad that helped{name}."],
    formal: ['Thank you for your kind feedback{name}; it is much appreciated.'],
    casual: ['Thanks so much{name} — that made our day!'],
  },
  neutral: {
    warm: ['Thanks for explaining this so clearly — I\'m sorry {problem}{context}.', "I'm sorry {problem}{context}."],
    formal: ['Thank you for the detailed description; I am sorry that {problem}{context}.'],
    casual: ['Thanks for the details — sorry {problem}{context}.'],
  },
};

export interface ReassuranceFrame {
  frame: Frame;
  /** Which situation the frame speaks to; 'any' fits every customer. */
  when: 'any' | 'deadline' | 'repeat-contact' | 'anxious' | 'money';
}

export const REASSURANCE_FRAMES: Readonly<Record<Tone, readonly ReassuranceFrame[]>> = {
  warm: [
    { when: 'deadline', frame: "I'm making this my priority so it's fixed {deadline}." },
    { when: 'repeat-contact', frame: "I'm taking this on personally, so you won't have to explain it again." },
    { when: 'anxious', frame: 'You did the right thing by writing to us — we\'ll work through this together.' },
    { when: 'money', frame: "I'll make sure the charge is put right, and I'll confirm once it's done." },
    { when: 'any', frame: "We'll get this sorted for you — I'll keep you updated until it's resolved." },
    { when: 'any', frame: "You're in good hands: I'll stay on this until {subject} is working again." },
  ],
  formal: [
    { when: 'deadline', frame: 'I have prioritised this so that it is resolved {deadline}.' },
    { when: 'repeat-contact', frame: 'I will personally manage this case, so there is no need to repeat the details.' },
    { when: 'anxious', frame: 'Rest assured, we will resolve this with you.' },
    { when: 'money', frame: 'I will ensure the charge is corrected and confirm it in writing.' },
    { when: 'any', frame: 'We will resolve this, and I will keep you informed at each step.' },
  ],
  casual: [
    { when: 'deadline', frame: "I'm on it now, so you're sorted {deadline}." },
    { when: 'repeat-contact', frame: "I've got this from here — no need to go over it again." },
    { when: 'anxious', frame: "Don't worry — we'll get this fixed together." },
    { when: 'money', frame: "I'll get that charge sorted and let you know when it's done." },
    { when: 'any', frame: "We'll get this fixed — I'll keep you posted." },
  ],
};
