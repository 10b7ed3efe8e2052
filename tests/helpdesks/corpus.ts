/**
 * The layout × state corpus as cases, and how a reading is judged: correct (the customer's latest message, sure),
 * wrong (another text, given as sure), unsure (offered but not scored) or none. Shared by the happy-dom test, the
 * real-Chromium spec and the bench table.
 */
import type { CustomerMessage } from '../../lib/messaging/protocol';
import {
  LAYOUTS,
  STATES,
  expectedText,
  normalise,
  ticketFor,
  type Layout,
  type State,
} from '../fixtures/helpdesks/layouts';

export interface CorpusCase {
  layout: Layout;
  state: State;
  html: string;
  /** The customer's latest message, whitespace-normalised; null where the page has none. */
  expected: string | null;
}

export type Verdict = 'correct' | 'wrong' | 'unsure' | 'none';

export function corpusCases(): CorpusCase[] {
  return LAYOUTS.flatMap((layout, n) =>
    STATES.map((state) => {
      const ticket = ticketFor(n, state);
      return { layout, state, html: layout.render(ticket, state), expected: expectedText(ticket) };
    }),
  );
}

export function judge(customer: CustomerMessage | null, expected: string | null): Verdict {
  if (!customer) return expected === null ? 'correct' : 'none';
  if (customer.confidence === 'unsure') return 'unsure';
  return expected !== null && normalise(customer.text) === expected ? 'correct' : 'wrong';
}

export interface CorpusResult {
  layout: string;
  state: State;
  verdict: Verdict;
  site: string;
  text: string | null;
}

/** The layout × state table (Markdown), with totals per verdict. */
export function corpusTable(results: readonly CorpusResult[]): string {
  const layouts = [...new Set(results.map((result) => result.layout))];
  const rows = ['| layout | reader | ' + STATES.join(' | ') + ' |', '|---|---|' + STATES.map(() => '---|').join('')];
  for (const layout of layouts) {
    const mine = results.filter((result) => result.layout === layout);
    rows.push(
      `| ${layout} | ${mine[0]!.site} | ${STATES.map((state) => mine.find((result) => result.state === state)?.verdict ?? '—').join(' | ')} |`,
    );
  }
  const count = (verdict: Verdict) => results.filter((result) => result.verdict === verdict).length;
  rows.push(
    '',
    `${results.length} pages: ${count('correct')} correct, ${count('wrong')} wrong, ${count('unsure')} unsure (not scored), ${count('none')} none`,
  );
  return rows.join('\n');
}
