import { memo } from 'react';
import type { CustomerMessage } from '../lib/messaging/protocol';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';

const nav = { [NAV_ATTRIBUTE]: '' };
const FIRST_WORDS = 8;

const SOURCE_WORDS: Record<CustomerMessage['source'], string> = {
  site: 'read from the helpdesk’s thread',
  generic: 'found by the page’s structure',
  selection: 'your selection',
};

/** The message's first words, for the agent to recognise it ("I was charged twice for my annual plan this…"). */
export function firstWords(text: string, count = FIRST_WORDS): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * Which text Attune took as the customer's message and where on the page, so a wrong pick is visible at once; when
 * the reader was unsure, says that nothing is scored against it. One step to correct it: select the right message
 * on the page and use the selection.
 */
export const CustomerSource = memo(function CustomerSource({
  customer,
  onUseSelection,
}: {
  customer: CustomerMessage | null;
  onUseSelection: () => void;
}) {
  if (!customer) return null;
  const unsure = customer.confidence === 'unsure';
  return (
    <section
      className={`card customer-source${unsure ? ' unsure' : ''}`}
      aria-label="Customer message used"
      data-testid="customer-source"
      data-confidence={unsure ? 'unsure' : 'sure'}
    >
      <p>
        <span className="label">{unsure ? 'Not sure this is the customer’s message:' : 'Customer’s message:'}</span>{' '}
        <q data-testid="customer-source-words">{firstWords(customer.text)}</q>
      </p>
      <p className="muted" data-testid="customer-source-where">
        {[customer.region, customer.name, SOURCE_WORDS[customer.source]].filter(Boolean).join(' · ')}
        {customer.reason && !unsure ? ` — ${customer.reason}` : ''}
      </p>
      {unsure && (
        <p role="note" data-testid="customer-source-unsure">
          {customer.reason ? `${customer.reason[0]!.toUpperCase()}${customer.reason.slice(1)}, so ` : ''}the checklist
          and the customer’s feelings are left out until you confirm it.
        </p>
      )}
      <button type="button" className="link" {...nav} onClick={onUseSelection}>
        {unsure ? 'Select their message on the page, then use it' : 'Wrong message? Select the right one, then use it'}
      </button>
    </section>
  );
});
