/**
 * Realistic support replies of a chosen length, for benchmarks: sentences of the kind agents write every day
 * (greetings, apologies, explanations, steps, promises, some jargon and boilerplate for the rules to find),
 * drawn by a seeded generator so every run measures the same text, grouped into short paragraphs.
 */

const GREETINGS = ['Hi Maria,', 'Hello Tom,', 'Hi there,', 'Dear Mr. Okafor,', 'Hey Priya,'];

const BODY = [
  "I'm really sorry the export failed again right before your board meeting.",
  'Thanks for sending the screenshots, they made it much easier to see what went wrong.',
  'I can see why this has been so frustrating after three attempts.',
  'Your order #48213 was shipped on Monday and should arrive by Thursday.',
  'The invoice was generated with the old billing address, which is why the total looked wrong.',
  "I've refunded the duplicate charge of $49.99 to your Visa ending in 4421.",
  'It usually takes three to five business days for the refund to show on your statement.',
  'Our engineers found a bug in the CSV exporter that affects workspaces with more than ten thousand rows.',
  'A fix is scheduled for Wednesday, and I will email you as soon as it is live.',
  'In the meantime, you can export the report in smaller date ranges as a workaround.',
  'To reset your password, open Settings, choose Security and click "Send reset link".',
  'Please be advised that the link expires after twenty-four hours.',
  'We apologize for any inconvenience this may have caused.',
  'Could you tell me which browser and version you are using?',
  'If the problem comes back, reply to this email and I will pick it up personally.',
  'The API returns a 429 error when more than 100 requests arrive within one minute.',
  'I have escalated this to our billing team, and they will contact you by Friday at 5 pm CET.',
  'You did the right thing by reaching out before renewing the subscription.',
  'Unfortunately we cannot change the plan retroactively, but we can credit the difference to your next invoice.',
  'Simply clear the cache and log in again, and the dashboard should load normally.',
  'I checked your account and everything else looks healthy.',
  'The sync between the mobile app and the web app runs every fifteen minutes.',
  'Your data is safe, and nothing was deleted during the migration.',
  'I completely understand how stressful it is when payroll depends on this.',
  'As per our policy, refunds are only possible within thirty days of purchase.',
  'I have added a note to your ticket so that anyone on the team can see the full history.',
  'The new release also includes the dark mode you asked about last month.',
  'Let me know if the steps above work for you.',
  'We will touch base again next week to make sure the integration is running smoothly.',
  'Your feedback about the onboarding emails has been passed on to our product team.',
  'The warehouse confirmed that the replacement keyboard left this morning.',
  'I know you have been waiting a long time, and I appreciate your patience.',
  'Once the SSO configuration is saved, your colleagues can sign in with their Google accounts.',
  'The webhook failed because the endpoint responded with a timeout after thirty seconds.',
  'I have extended your trial by fourteen days so your team can finish the evaluation.',
  'Would it help if I scheduled a short call with one of our onboarding specialists?',
  'The charge you saw on 03/04 was the annual renewal, not a new subscription.',
  'Our status page shows that the outage was resolved at 14:20 UTC.',
  "I'm glad the import worked after the second try.",
  'Mistakes were made in the way your cancellation request was handled.',
  'Going forward, you will get a reminder email seven days before each renewal.',
  'Please keep the original packaging until the replacement arrives.',
  'I will personally check on the delivery tomorrow morning and update you.',
  'Your account manager, Daniel, will reach out to set up the training session.',
  'Obviously this should not have happened, and we are looking into how it slipped through.',
  'The mobile app needs version 5.2 or later to open shared boards.',
  'You can download all your invoices at once from the Billing page.',
  "If you'd prefer, I can process the return for you and send a prepaid label.",
  'We have credited your account with one month of service for the trouble.',
  'The reports will be regenerated overnight, so they will be correct by the time you log in.',
];

const CLOSINGS = [
  'Let me know if there is anything else I can help with.',
  'Feel free to reply here if you have any other questions.',
  "I'll keep this ticket open until you confirm everything works.",
  'Have a great rest of your week.',
];

const SIGN_OFFS = ['Best regards,\nSam', 'Kind regards,\nAlex from Support', 'Thanks,\nJordan', 'Cheers,\nLee'];

/** mulberry32: a tiny seeded generator, so every benchmark run uses the same drafts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/**
 * A support reply of at least `words` words: greeting, paragraphs of two to four body sentences (no sentence
 * repeated until the whole set has been used), a closing line and a sign-off.
 */
export function supportDraft(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [pick(GREETINGS, random)];
  let bag: string[] = [];
  let count = countWords(paragraphs[0]!);
  const closing = `${pick(CLOSINGS, random)}\n\n${pick(SIGN_OFFS, random)}`;
  const target = words - countWords(closing);
  while (count < target) {
    const sentences: string[] = [];
    const size = 2 + Math.floor(random() * 3);
    while (sentences.length < size && count < target) {
      if (bag.length === 0) bag = [...BODY];
      const sentence = bag.splice(Math.floor(random() * bag.length), 1)[0]!;
      sentences.push(sentence);
      count += countWords(sentence);
    }
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push(closing);
  return paragraphs.join('\n\n');
}

/** A customer message to pair with the drafts: upset, with a deadline, money at stake and two questions. */
export const SUPPORT_CUSTOMER_MESSAGE = `Hi,

This is the THIRD time I'm writing about this!!! The export failed again and I have a board meeting tomorrow at 9am.
We were charged twice for order #48213 and nobody has explained why. Can you refund the duplicate charge?
I also need to know whether the reports will be fixed before the end of the month, otherwise we will cancel.

Maria Lopez
Operations Manager, Brightline Logistics`;

/**
 * One keystroke after another, spread over the draft as an agent revising a reply would: keystroke `n` inserts
 * one character into one sentence, so each new text differs from the previous one in a single sentence, and
 * that sentence text has never been seen before.
 */
export class KeystrokeTyper {
  private text: string;
  private readonly typed = ' really';
  /** Characters typed so far into each sentence, by sentence index. */
  private readonly progress = new Map<number, number>();
  private count = 0;

  constructor(draft: string) {
    this.text = draft;
  }

  /** The draft after one more keystroke. */
  next(): string {
    // Sentence ends stay sentence ends while words are typed before their full stops, so index n keeps naming
    // the same sentence and each one grows into "… really really."
    const ends = [...this.text.matchAll(/(?<![A-Z][a-z]{0,2})(?<=[\p{L} ])\.(?=\s|$)/gu)].map((match) => match.index);
    if (ends.length === 0) throw new Error('KeystrokeTyper needs a draft with sentences that end in a full stop');
    const sentence = (this.count * 7) % ends.length;
    const typedSoFar = this.progress.get(sentence) ?? 0;
    const at = ends[sentence]!;
    this.text = this.text.slice(0, at) + this.typed[typedSoFar % this.typed.length]! + this.text.slice(at);
    this.progress.set(sentence, typedSoFar + 1);
    this.count += 1;
    return this.text;
  }
}
