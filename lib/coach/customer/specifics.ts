/** Specifics worth echoing back: the customer's name, order and ticket numbers, products, dates, amounts, emails. */
import type { AnalyzedText, Term } from '../text';
import type { Specific } from '../types';

const REFERENCE =
  /(?:\b(?:order|ticket|case|invoice|ref(?:erence)?|booking|confirmation|tracking|account|customer|transaction|serial)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*|#)([A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)\b/gi;
const CODE = /\b[A-Z]{1,5}-?\d{4,}\b|\b\d{6,}\b/g;
const AMOUNT =
  /(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?)|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|EUR|GBP|CAD|AUD|dollars?|euros?|pounds?|bucks)\b/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const SIGN_OFF =
  /^(?:thanks|thank you|many thanks|regards|kind regards|best regards|best|cheers|sincerely|warmly|thx|ta)[\s,.!-]*$/i;

function overlaps(list: readonly Specific[], start: number, end: number): boolean {
  return list.some((item) => item.span.start < end && start < item.span.end);
}

function regexSpecifics(text: string, pattern: RegExp, kind: Specific['kind'], group = 0): Specific[] {
  const found: Specific[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (!value) continue;
    const start = match.index + match[0].lastIndexOf(value);
    found.push({ kind, text: value, span: { start, end: start + value.length } });
  }
  return found;
}

const capitalised = (term: Term): boolean => /^\p{Lu}/u.test(term.text);

/** The name the customer signs with ("Thanks,\nPriya"), introduces ("I'm Priya", "my name is Priya"). */
export function findName(text: AnalyzedText): { text: string; start: number; end: number } | null {
  const paragraphs = text.paragraphs.slice(-3).reverse();
  for (const paragraph of paragraphs) {
    const line = text.text.slice(paragraph.start, paragraph.end);
    const words = line
      .replace(/^[-–—~\s]+/, '')
      .replace(/[,.!]+$/, '')
      .split(/\s+/);
    const signature =
      words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(word)) && !SIGN_OFF.test(line);
    if (signature) {
      const start = paragraph.start + line.indexOf(words[0]!);
      return { text: words[0]!, start, end: start + words[0]!.length };
    }
    const inline = /^(?:thanks|thank you|regards|best|cheers|kind regards)[,\s]+(\p{Lu}[\p{L}'’-]+)\.?$/iu.exec(line);
    if (inline?.[1]) {
      const start = paragraph.start + line.lastIndexOf(inline[1]);
      return { text: inline[1], start, end: start + inline[1].length };
    }
  }
  const dashed = /[—–-]\s*(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(text.text.trimEnd());
  if (dashed?.[1]) {
    const start = dashed.index + dashed[0].length - dashed[1].length - (dashed[0].length - dashed[0].trimEnd().length);
    return { text: dashed[1], start, end: start + dashed[1].length };
  }
  const intro = /\b(?:my name is|this is|i am|i'm)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text.text);
  if (intro?.[1] && !/^(?:Not|So|Very|Really|The|A|An)$/.test(intro[1])) {
    const start = intro.index + intro[0].length - intro[1].length;
    const term = text.sentences.flatMap((sentence) => sentence.terms).find((candidate) => candidate.start === start);
    if (!term || term.tags.has('Person') || term.tags.has('FirstName') || term.tags.has('ProperNoun')) {
      return { text: intro[1], start, end: start + intro[1].length };
    }
  }
  return null;
}

export function readSpecifics(
  text: AnalyzedText,
  name: { text: string; start: number; end: number } | null,
): Specific[] {
  const specifics: Specific[] = [];
  const push = (items: Specific[]): void => {
    for (const item of items) if (!overlaps(specifics, item.span.start, item.span.end)) specifics.push(item);
  };
  if (name) push([{ kind: 'name', text: name.text, span: { start: name.start, end: name.end } }]);
  push(regexSpecifics(text.text, EMAIL, 'email'));
  push(regexSpecifics(text.text, REFERENCE, 'order-number', 1));
  push(regexSpecifics(text.text, CODE, 'order-number'));
  push(regexSpecifics(text.text, AMOUNT, 'amount'));
  for (const sentence of text.sentences) {
    let dateRun: Term[] = [];
    let productRun: Term[] = [];
    const flushDate = (): void => {
      if (dateRun.length > 0 && dateRun.some((term) => !/^(now|today|currently)$/i.test(term.normal))) {
        const start = dateRun[0]!.start;
        const end = dateRun[dateRun.length - 1]!.end;
        push([{ kind: 'date', text: text.text.slice(start, end), span: { start, end } }]);
      }
      dateRun = [];
    };
    const flushProduct = (): void => {
      if (productRun.length > 0) {
        const start = productRun[0]!.start;
        const end = productRun[productRun.length - 1]!.end;
        push([{ kind: 'product', text: text.text.slice(start, end), span: { start, end } }]);
      }
      productRun = [];
    };
    sentence.terms.forEach((term, index) => {
      if (!term.text) return;
      if (term.tags.has('Date') || (dateRun.length > 0 && term.tags.has('Value'))) dateRun.push(term);
      else flushDate();
      const camel = /^[\p{Ll}\p{Lu}]+\p{Ll}\p{Lu}/u.test(term.text);
      const named =
        capitalised(term) &&
        index > 0 &&
        !term.tags.has('Date') &&
        !term.tags.has('Pronoun') &&
        !term.tags.has('Person') &&
        term.text !== name?.text &&
        /\p{Ll}/u.test(term.text);
      if (camel || named || (productRun.length > 0 && (term.tags.has('Value') || capitalised(term))))
        productRun.push(term);
      else flushProduct();
      if (/[,.;:!?]/.test(term.post)) {
        flushDate();
        flushProduct();
      }
    });
    flushDate();
    flushProduct();
  }
  return specifics.sort((a, b) => a.span.start - b.span.start);
}
