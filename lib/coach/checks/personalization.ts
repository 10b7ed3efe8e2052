/**
 * personalization: the draft uses the customer's name or echoes their specifics (order number, product, date,
 * amount), so it does not read like a generic macro.
 */
import { LruCache } from '../text';
import type { Check, CustomerAnalysis, Span } from '../types';
import type { DraftView } from './draft';
import { resolveCheck } from './status';

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns per value: the customer's details stay the same while the agent types. */
const patterns = new LruCache<string, RegExp>(256);

function occurrences(draft: string, value: string): Span[] {
  if (value.trim().length < 2) return [];
  let pattern = patterns.get(value);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(value.trim())}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(value, pattern);
  }
  return [...draft.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function checkPersonalization(view: DraftView, customer: CustomerAnalysis | null): Check {
  const draft = view.text.text;
  const candidates = [customer?.name, ...(customer?.specifics ?? []).filter((item) => item.kind !== 'name').map((item) => item.text)].filter((value): value is string => Boolean(value));
  const evidence = candidates.flatMap((value) => occurrences(draft, value)).sort((a, b) => a.start - b.start);
  const needed = candidates.length > 0;
  return resolveCheck(evidence.length > 0, needed, evidence, {
    met: 'The reply uses the customer\'s name or their own details, so it reads as written for them.',
    missing: customer?.name
      ? `Use ${customer.name}'s name or a detail they gave (an order number, the product) — a reply without them reads like a macro.`
      : 'Echo a detail the customer gave (an order number, the product, the date) — a reply without it reads like a macro.',
    notNeeded: 'The customer gave no name or details to echo.',
  });
}
