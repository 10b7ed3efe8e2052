/**
 * Forgets everything the engine caches (tagged sentences, rule hits, sentence features, customer analyses), so a
 * "full analysis" really analyses text it has never seen and a "fresh" report shares nothing with earlier ones.
 */
import { clearDraftCache } from '../lib/coach/checks/draft';
import { clearRestatementCache } from '../lib/coach/checks/restatement';
import { clearCustomerCache } from '../lib/coach/customer/index';
import { clearRuleCache } from '../lib/coach/rules/index';
import { clearReadabilityCache } from '../lib/coach/readability';
import { clearTextCaches } from '../lib/coach/text';

export function clearEngineCaches(): void {
  clearTextCaches();
  clearRuleCache();
  clearDraftCache();
  clearCustomerCache();
  clearRestatementCache();
  clearReadabilityCache();
}
