import type { CustomerMessage } from '../messaging/protocol';

/**
 * The customer message the checks may score: none when the reader was unsure. A wrong customer message is worse
 * than none — every check and suggestion built on it would be about someone else's words — so an unsure reading
 * is shown to the agent (who can pick the right one) but analysed as absent.
 */
export function scoredCustomer(customer: CustomerMessage | null | undefined): CustomerMessage | null {
  return customer && customer.confidence !== 'unsure' ? customer : null;
}
