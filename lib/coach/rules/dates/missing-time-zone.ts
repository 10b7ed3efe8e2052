import type { AnalyzedText } from '../../text';
import { TIME_ZONE_ABBREVIATIONS } from '../common-words';
import { type DocumentRule, type RuleHit } from '../types';

const id = 'dates/missing-time-zone';

/** Clock times: "3pm", "3:30 p.m.", "15:00", and deadlines that depend on a clock ("by end of day", "noon"). */
const CLOCK_TIME =
  /(?<![\p{L}\p{N}:])(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])|(?:by|before|until) (?:the )?end of (?:the )?(?:business )?day\b|\b(?:at|by|before|until) (?:noon|midnight)\b)/giu;

const ZONE_WORDS =
  /\b(?:time ?zone|(?:your|local|our) time|(?:eastern|pacific|central|mountain|atlantic|greenwich|european|british|india|japan|australian) (?:standard |daylight )?time|UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::\d\d)?)?\b/iu;

function mentionsTimeZone(text: string): boolean {
  if (ZONE_WORDS.test(text)) return true;
  for (const word of text.match(/\b\p{Lu}{3,5}\b/gu) ?? []) if (TIME_ZONE_ABBREVIATIONS.has(word)) return true;
  return false;
}

/** One time-zone mention anywhere in the reply ("all times CET") covers every time in it. */
function check(text: AnalyzedText): RuleHit[] {
  if (mentionsTimeZone(text.text)) return [];
  const hits: RuleHit[] = [];
  for (const sentence of text.sentences) {
    for (const found of sentence.text.matchAll(CLOCK_TIME)) {
      const start = sentence.start + found.index;
      hits.push({
        start,
        end: start + found[0].length,
        reason: `“${found[0]}” has no time zone: whose ${found[0].includes('day') ? 'day' : 'clock'} is it?`,
      });
    }
  }
  return hits;
}

export const rule: DocumentRule = {
  id,
  scope: 'document',
  severity: 'suggestion',
  rationale: 'Times and clock deadlines (“3 pm”, “by end of day”) without a time zone anywhere in the reply.',
  why: 'Customers are often in another time zone; “3 pm” without one can mean a missed call or a deadline that already passed.',
  lesson: {
    title: 'Give times a time zone',
    before: 'I will call you tomorrow at 3pm.',
    after: 'I will call you tomorrow at 3pm CET.',
  },
  fixes: false,
  check,
  examples: {
    bad: [
      { text: 'I will call you tomorrow at 3pm.', actual: '3pm' },
      { text: 'The maintenance window starts at 22:00 and ends at 23:30.', actual: '22:00' },
      { text: 'You will have an answer by end of day.', actual: 'by end of day' },
    ],
    good: [
      { text: 'I will call you tomorrow at 3pm CET.' },
      { text: 'The maintenance window starts at 22:00 and ends at 23:30 (UTC).' },
      { text: 'Please reply within 24 hours, and we will ship 2 of the 3 parcels.' },
      { text: 'I will call at 3 pm your time.' },
      { text: 'At the end of the day, what matters is that your data is safe.' },
    ],
  },
};
