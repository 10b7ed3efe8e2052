/**
 * Topics that are something the customer does (customer/topic-activity.ts): the gerund phrase is offered beside the
 * thing it acts on, built only from a verb the customer tries, asks how to do or fails to do, and said in
 * suggestions only after a preposition.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { readProblemSetting } from '../../../lib/coach/customer/problem';
import { topicCandidates } from '../../../lib/coach/customer/topic';
import { suggest } from '../../../lib/coach/suggestions/index';
import { analyzeText } from '../../../lib/coach/text';

const activities = (message: string): string[] => {
  const text = analyzeText(cleanCustomerText(message).text);
  const { kind, mentions } = readProblemSetting(text);
  return topicCandidates(text, kind, mentions)
    .filter((candidate) => candidate.features.activity === 1)
    .map((candidate) => candidate.text);
};

describe('activities as topic candidates', () => {
  it('turns a verb they ask how to do, or fail to do, into a gerund phrase on its thing', () => {
    expect(activities('@zoom_us how can I share my screen from an iPad?')).toContain('sharing your screen');
    expect(activities("I can't export my videos in the new version")).toContain('exporting your videos');
    expect(activities('Is anyone else having trouble uploading thumbnails?')).toContain('uploading the thumbnails');
  });

  it('leaves out what someone else started or went on doing, unless the customer did', () => {
    expect(activities('why have they started charging an additional escrow fee?')).toEqual([]);
    expect(activities('the app continued deleting my photos')).toEqual([]);
    expect(activities('I started uploading my videos and it froze')).toContain('uploading your videos');
  });

  it('keeps a preposition that belongs to the verb', () => {
    expect(activities('I am unable to connect to the servers at all')).toContain('connecting to the servers');
  });

  it('leaves out light verbs, progressive forms and verbs the conjugator misspells', () => {
    expect(activities('I tried to get my order yesterday')).toEqual([]);
    expect(activities('My laptop is crashing every day')).toEqual([]);
    expect(activities("It won't let me reset my settings").join(' ')).not.toMatch(/resting/);
  });

  it('offers none where the wording needs a thing: an order that never came, a lock-out', () => {
    expect(activities('I bought the bundle and I did not receive the bundle')).toEqual([]);
    expect(activities("I can't access my email since yesterday")).toEqual([]);
  });
});

describe('an activity topic in suggestions', () => {
  it('is said after a preposition or straight after "trouble", never as the subject of a verb', () => {
    const message = 'Exporting my project keeps failing. So annoying!';
    const customer = analyzeCustomer(message)!;
    const topic = customer.problemDetail?.topic ?? '';
    expect(topic).toMatch(/^exporting /);
    const saying = suggest(customer, 'warm', message).filter((suggestion) => suggestion.text.includes(topic));
    expect(saying.length).toBeGreaterThan(0);
    for (const suggestion of saying)
      expect(suggestion.text).toMatch(new RegExp(`\\b(?:with|about|into|for|of|on|trouble) ${topic}`));
  });

  it('offers the gerund alone when the verb takes no object, with its particle', () => {
    expect(activities("why can't I stream anything on my TV?")).toContain('streaming');
    expect(activities('I tried to sign up but the page froze')).toContain('signing up');
    expect(activities('how do I check out with a gift card?')).toContain('checking out');
    expect(activities('Is anyone else having trouble streaming tonight?')).toContain('streaming');
  });

  it('offers no bare gerund for what went wrong or for a verb whose object is a pronoun', () => {
    // The phone's failing and the parcel's not coming are the problem, not what it is about.
    expect(activities("my phone won't charge")).toEqual([]);
    expect(activities('Ordered twice and the parcels keep not arriving')).not.toContain('arriving');
    expect(activities('how do I fix it?')).toEqual([]);
    // "work in" is not a phrasal verb of its own: "working" stays a light verb.
    expect(activities('My invoice is not working in my account.')).toEqual([]);
  });
});
