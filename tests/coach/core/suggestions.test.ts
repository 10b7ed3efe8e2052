import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { suggest } from '../../../lib/coach/suggestions/index';
import { checkSuggestion } from '../../../lib/coach/suggestions/self-check';

const EXPORT =
  'The monthly export failed again and I need it before my board meeting tomorrow. This is so frustrating.';
const PARCEL = "I'm really worried, my parcel with my daughter's birthday present still hasn't arrived.";
const HACKED = 'Someone got into my Gmail account last night and changed the recovery email.';

const texts = (message: string, tone: 'warm' | 'formal' | 'casual' = 'warm'): string[] =>
  suggest(analyzeCustomer(message), tone, message).map((item) => item.text);

describe('suggestions', () => {
  it('name what happened and what it is about, from the structure, not the customer clause', () => {
    const parcel = suggest(analyzeCustomer(PARCEL), 'warm', PARCEL);
    const acknowledgement = parcel.find((item) => item.kind === 'acknowledgement');
    expect(acknowledgement?.text).toMatch(/your parcel hasn't arrived/);
    expect(parcel.map((item) => item.text).join(' ')).not.toMatch(/daughter|birthday present still/);
    expect(texts(HACKED)[0]).toMatch(/someone (else )?got into your Gmail account/);
  });

  it('speak to the pressure and the feeling of an upset customer', () => {
    const suggestions = suggest(analyzeCustomer(EXPORT), 'warm', EXPORT);
    const acknowledgements = suggestions.filter((item) => item.kind === 'acknowledgement');
    expect(acknowledgements.length).toBeGreaterThanOrEqual(2);
    expect(acknowledgements.some((item) => /timing|frustrat/.test(item.text))).toBe(true);
    expect(suggestions.some((item) => item.kind === 'reassurance')).toBe(true);
  });

  it('fit reassurance to the kind of problem: a charge only when there is one', () => {
    const charged = 'I was charged twice for my subscription this month.';
    expect(texts(charged).join(' ')).toMatch(/charge/);
    for (const message of [PARCEL, HACKED, EXPORT]) expect(texts(message).join(' ')).not.toMatch(/charge/);
    for (const message of [charged, PARCEL, HACKED, EXPORT])
      expect(texts(message).join(' ')).not.toMatch(/make sure|guarantee|promise/i);
  });

  it('differ between customers and between tones', () => {
    const parcel = texts(PARCEL);
    const exportWarm = texts(EXPORT);
    const exportFormal = texts(EXPORT, 'formal');
    expect(parcel.filter((text) => exportWarm.includes(text))).toEqual([]);
    expect(exportFormal.filter((text) => exportWarm.includes(text))).toEqual([]);
    expect(exportFormal.join(' ')).not.toMatch(/\bI'm\b|\bI'll\b/);
  });

  it('thank a grateful customer without inventing a problem, and never thank a complaint', () => {
    const thanks = 'Thanks so much, the fix worked perfectly!';
    const suggestions = suggest(analyzeCustomer(thanks), 'warm', thanks);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((item) => item.kind === 'acknowledgement' && !/sorry/i.test(item.text))).toBe(true);
    const complaint = 'My order never arrived and nobody answers my emails. Thanks in advance.';
    expect(analyzeCustomer(complaint)!.primaryEmotion).not.toBe('grateful');
    expect(texts(complaint).join(' ')).not.toMatch(/glad|appreciate the kind|great to hear/i);
  });

  it('always give an upset customer an acknowledgement, even when nothing more is known', () => {
    for (const message of ['You know this. Fix it.', 'Worst service ever!!!', 'ugh :(']) {
      const customer = analyzeCustomer(message)!;
      expect(customer.upset).toBe(true);
      expect(suggest(customer, 'warm', message).some((item) => item.kind === 'acknowledgement')).toBe(true);
    }
  });

  it('only offer sentences that pass the self-check', () => {
    for (const message of [
      EXPORT,
      PARCEL,
      HACKED,
      'my iphone wont charge and im so done with this',
      'I need a refund for my order #A-20931 asap!!!',
    ]) {
      for (const tone of ['warm', 'formal', 'casual'] as const) {
        for (const text of texts(message, tone)) expect(checkSuggestion(text).problems, text).toEqual([]);
      }
    }
  });

  it('are empty without a customer message', () => {
    expect(suggest(null)).toEqual([]);
  });
});
