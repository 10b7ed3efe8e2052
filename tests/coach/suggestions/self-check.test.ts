import { describe, expect, it } from 'vitest';
import { fillFrame, type Slots } from '../../../lib/coach/suggestions/index';
import * as phrasings from '../../../lib/coach/suggestions/phrasings';
import { checkSuggestion } from '../../../lib/coach/suggestions/self-check';
import type { Tone } from '../../../lib/coach/types';

const TONES: readonly Tone[] = ['warm', 'formal', 'casual'];

/** One slot value of every kind the customer analysis produces: none, singular, plural, product name, order reference. */
const SLOT_KINDS: ReadonlyArray<readonly [string, Slots]> = [
  ['no topic', { topic: null, plural: false }],
  ['singular', { topic: 'your Gmail account', plural: false }],
  ['plural', { topic: 'your photos', plural: true }],
  ['product', { topic: 'Minecraft', plural: false }],
  ['article', { topic: 'the Roku app', plural: false }],
  ['order', { topic: 'order #A-20931', plural: false }],
];

type Family = phrasings.Variants | phrasings.SituationFrames;
const isSituationFrames = (family: Family): family is phrasings.SituationFrames => 'withTopic' in family;

/** Every frame family of phrasings.ts, by name, so a new family is covered without editing this test. */
function families(): Array<[string, Family]> {
  const found: Array<[string, Family]> = [];
  for (const [name, value] of Object.entries(phrasings)) {
    if (typeof value !== 'object' || value === null) continue;
    if ('warm' in value || 'withTopic' in value) found.push([name, value as Family]);
    else
      for (const [key, family] of Object.entries(value as Record<string, Family>))
        found.push([`${name}.${key}`, family]);
  }
  return found;
}

function framesOf(family: Family, tone: Tone): string[] {
  return isSituationFrames(family) ? [...family.withTopic[tone], ...family.withoutTopic[tone]] : [...family[tone]];
}

describe('every frame × slot kind × tone passes the self-check', () => {
  const all = families();
  it('finds every family of frames', () => {
    expect(all.length).toBeGreaterThan(30);
  });
  it.each(all)('%s', (_name, family) => {
    for (const tone of TONES) {
      const frames = framesOf(family, tone);
      expect(frames.length, `${tone} has frames`).toBeGreaterThan(0);
      for (const frame of frames) {
        let filled = 0;
        for (const [, slots] of SLOT_KINDS) {
          const text = fillFrame(frame, slots);
          if (text === null) continue;
          filled += 1;
          expect(checkSuggestion(text).problems, text).toEqual([]);
        }
        expect(filled, frame).toBeGreaterThan(0);
      }
    }
  });
  it('topic-free frames never need a topic, so an upset customer can always be acknowledged', () => {
    for (const tone of TONES) {
      for (const frame of phrasings.GENERAL_ACKNOWLEDGEMENTS.withoutTopic[tone])
        expect(fillFrame(frame, { topic: null, plural: false })).not.toBeNull();
    }
  });
});

describe('checkSuggestion', () => {
  it.each([
    ["I'm sorry you can't text each other amp.", /shorthand/],
    ["I'm sorry you got an email saying there was a new.", /mid-phrase/],
    ['That would confuse anyone: them down.', /clause without a verb/],
    ['Fix it.', /subject and finite verb/],
    ['We apologize for any inconvenience.', /boilerplate\/stock-apology/],
    ['I promise it will never happen again.', /promises\/overpromising/],
    ['You should have read the instructions.', /tone\/blame/],
    ["I'm sorry about @TeamYouTube.", /handle/],
    ['I checked https://example.com for you.', /link/],
    ['I am sorry about the music &amp; podcasts.', /entity/],
    ["I'm sorry {topic} hasn't arrived.", /unfilled slot/],
    ["i'm sorry about that.", /capital/],
  ])('rejects %s', (text, problem) => {
    const result = checkSuggestion(text);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(problem);
  });

  it.each([
    "I'm sorry your parcel hasn't arrived yet.",
    'I understand why you disagree with this decision.',
    "That's great to hear, thanks so much!",
    "I'm so glad to hear that.",
  ])('accepts %s', (text) => {
    expect(checkSuggestion(text)).toEqual({ ok: true, problems: [] });
  });
});
