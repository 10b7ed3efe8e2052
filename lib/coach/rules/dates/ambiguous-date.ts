import { type RuleHit, type SentenceInput, type SentenceRule } from '../types';

const id = 'dates/ambiguous-date';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** d/m/y or m/d/y with "/", "." or "-" ("03/04", "3.4.2025", "03-04-25"). */
const NUMERIC_DATE = /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|\.\d|,\d)/gu;
/** Without a year, "3/4" is only a date after a word that introduces one ("on 3/4", "by 03/04"). */
const DATE_CUE =
  /\b(?:on|by|until|till|before|after|from|since|due|dated|expires?|expired|starting|effective|until|through|thru|for|of|between|and)\s+$/iu;

function readings(first: number, second: number, year: string | undefined): string[] {
  const withYear = (text: string) => (year ? `${text} ${year.length === 2 ? `20${year}` : year}` : text);
  // Day-month-name spelling reads the same in every locale.
  return [withYear(`${second} ${MONTHS[first - 1]}`), withYear(`${first} ${MONTHS[second - 1]}`)];
}

function check(sentence: SentenceInput): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const found of sentence.text.matchAll(NUMERIC_DATE)) {
    const [text, a, separator, b, year] = found;
    const first = Number(a);
    const second = Number(b);
    // Only ambiguous when both parts could be a month and they differ (12/12 reads the same either way).
    if (first < 1 || second < 1 || first > 12 || second > 12 || first === second) continue;
    // "3-4 days", "1.5": without a year only "/" after a date word is a date.
    if (!year && (separator !== '/' || !DATE_CUE.test(sentence.text.slice(0, found.index)))) continue;
    hits.push({
      start: found.index,
      end: found.index + text.length,
      reason: `“${text}” reads as ${readings(first, second, year).join(' or as ')} depending on the reader’s country`,
      expected: readings(first, second, year),
    });
  }
  return hits;
}

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Numeric dates that read differently in the US and elsewhere (“03/04”); the fix spells the month.',
  why: 'A customer who reads 03/04 as 3 April instead of March 4 misses a deadline or waits a month for nothing.',
  lesson: {
    title: 'Spell the month out',
    before: 'Your replacement ships on 03/04.',
    after: 'Your replacement ships on 4 March.',
  },
  fixes: true,
  check,
  examples: {
    bad: [
      { text: 'Your replacement ships on 03/04.', actual: '03/04', expected: '4 March' },
      { text: 'The invoice dated 05.06.2025 is attached.', actual: '05.06.2025', expected: '6 May 2025' },
      { text: 'Your trial ends 11-10-25, so upgrade before then.', actual: '11-10-25', expected: '10 November 2025' },
    ],
    good: [
      { text: 'Your replacement ships on 4 March.' },
      { text: 'Delivery takes 3-4 days, and half of the orders (1/2) arrive sooner.' },
      { text: 'The invoice dated 25/06/2025 is attached.' },
      { text: 'Version 2.5.1 fixes it, and 12/12 checks passed.' },
    ],
  },
};
