import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from '../../../lib/coach/customer/index';
import { suggest, toSecondPerson } from '../../../lib/coach/suggestions/index';

const EXPORT = 'The monthly export failed again and I need it before my board meeting tomorrow. This is so frustrating.';
const PARCEL = "I'm really worried, my parcel with my daughter's birthday present still hasn't arrived.";

describe('suggestions', () => {
  it('name this customer\'s problem and the pressure on them', () => {
    const suggestions = suggest(analyzeCustomer(EXPORT), 'warm', EXPORT);
    const acknowledgements = suggestions.filter((item) => item.kind === 'acknowledgement');
    expect(acknowledgements.length).toBeGreaterThanOrEqual(2);
    for (const item of acknowledgements) {
      expect(item.text).toMatch(/the monthly export failed again/);
      expect(item.text).not.toMatch(/\{|\}|undefined|null/);
    }
    expect(acknowledgements.some((item) => /your board meeting/.test(item.text))).toBe(true);
    expect(suggestions.some((item) => item.kind === 'reassurance')).toBe(true);
    expect(acknowledgements[0]!.basis).toMatch(/frustrated/);
  });

  it('differ between customers and between tones', () => {
    const parcel = suggest(analyzeCustomer(PARCEL), 'warm', PARCEL).map((item) => item.text);
    const exportWarm = suggest(analyzeCustomer(EXPORT), 'warm', EXPORT).map((item) => item.text);
    const exportFormal = suggest(analyzeCustomer(EXPORT), 'formal', EXPORT).map((item) => item.text);
    expect(parcel.filter((text) => exportWarm.includes(text))).toEqual([]);
    expect(exportFormal.filter((text) => exportWarm.includes(text))).toEqual([]);
    expect(parcel.join(' ')).toMatch(/birthday present still hasn't arrived/);
  });

  it('thank a grateful customer without inventing a problem', () => {
    const thanks = 'Thanks so much, the fix worked perfectly!';
    const suggestions = suggest(analyzeCustomer(thanks), 'warm', thanks);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((item) => item.kind === 'acknowledgement' && !/sorry/i.test(item.text))).toBe(true);
  });

  it('are empty without a customer message', () => {
    expect(suggest(null)).toEqual([]);
  });

  it('turn the customer\'s words to the second person', () => {
    expect(toSecondPerson('before my flight, I am told')).toBe('before your flight, you are told');
  });
});
