/**
 * personalization: the draft uses the customer's name or echoes their specifics (order number, product, date,
 * amount), so it does not read like a generic macro. Greeting the customer by name counts: "Hi Priya," for Priya
 * Raman, and, when the engine does not know the name (the helpdesk gave none and the customer did not sign), any
 * name the greeting addresses — the agent sees it in the ticket.
 */
import { boundedCache } from '../engine-state';
import type { Check, CustomerAnalysis, Span } from '../types';
import type { DraftView } from './draft';
import { resolveCheck } from './status';

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns per value: the customer's details stay the same while the agent types. */
const patterns = boundedCache<string, RegExp>('personalization: name patterns', 256);

function occurrences(draft: string, value: string): Span[] {
  if (value.trim().length < 2) return [];
  let pattern = patterns.get(value);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(value.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(value, pattern);
  }
  return [...draft.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** "Hi Priya,", "Dear Mr Okafor", "Good morning Sam!": the name a greeting opens with. */
const GREETED =
  /^[\s\p{P}]*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|afternoon|evening|thanks|thank you|welcome back)[ \t]+((?:(?:mr|mrs|ms|mx|dr)\.?[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)/iu;
/** Words a greeting addresses that are not a person's name. */
const NOT_A_NAME =
  /^(?:there|team|all|everyone|everybody|folks|guys|friend|friends|sir|madam|customer|again|so|for|and|you|again|both|y'?all)$/i;

/** The span of the name the draft's first sentence greets, relative to the draft. */
function greetedName(view: DraftView): (Span & { name: string }) | null {
  const first = view.sentences[0]?.sentence;
  if (!first) return null;
  const found = GREETED.exec(first.text);
  const name = found?.[1];
  if (!name || NOT_A_NAME.test(name.split(/[ \t]/)[0]!)) return null;
  const start = first.start + found.index + found[0].length - name.length;
  return { start, end: start + name.length, name };
}

/** Whether a greeted name is the customer's: their first name, family name or the whole of it. */
function isTheirs(greeted: string, name: string): boolean {
  const parts = new Set(name.toLowerCase().split(/\s+/));
  return greeted
    .toLowerCase()
    .replace(/^(?:mr|mrs|ms|mx|dr)\.?\s+/, '')
    .split(/\s+/)
    .every((part) => parts.has(part));
}

export function checkPersonalization(view: DraftView, customer: CustomerAnalysis | null): Check {
  const draft = view.text.text;
  const candidates = [
    customer?.name,
    ...(customer?.specifics ?? []).filter((item) => item.kind !== 'name').map((item) => item.text),
  ].filter((value): value is string => Boolean(value));
  const evidence = candidates.flatMap((value) => occurrences(draft, value));
  const greeted = greetedName(view);
  if (
    greeted &&
    (!customer?.name || isTheirs(greeted.name, customer.name)) &&
    !evidence.some((span) => span.start < greeted.end && greeted.start < span.end)
  ) {
    evidence.push({ start: greeted.start, end: greeted.end });
  }
  evidence.sort((a, b) => a.start - b.start);
  const needed = candidates.length > 0;
  return resolveCheck(evidence.length > 0, needed, evidence, {
    met: "The reply uses the customer's name or their own details, so it reads as written for them.",
    missing: customer?.name
      ? `Use ${customer.name}'s name or a detail they gave (an order number, the product) — a reply without them reads like a macro.`
      : 'Echo a detail the customer gave (an order number, the product, the date) — a reply without it reads like a macro.',
    notNeeded: 'The customer gave no name or details to echo.',
  });
}
