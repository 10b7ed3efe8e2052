import { compilePhrases } from '../phrases';
import { type RuleContext, type SentenceRule } from '../types';

const id = 'clarity/jargon';

/** From this technicality (0..1, read from the customer's own message) technical words are fine. */
export const TECHNICAL_READER = 0.5;

/**
 * Technical and support-team jargon a non-technical customer may not follow, with a plain alternative where a
 * word-for-word swap is safe. Everyday tech words (browser, app, password, email) are deliberately absent.
 */
const match = compilePhrases([
  { match: 'cache', reason: '“%s” is jargon to most customers', expected: ['stored browsing data'] },
  { match: '(caches|cached|caching)', reason: '“%s” is jargon to most customers' },
  { match: '(webhook|webhooks)', reason: '“%s” is developer jargon' },
  { match: '(payload|payloads)', reason: '“%s” is developer jargon', expected: ['data'] },
  { match: '(endpoint|endpoints)', reason: '“%s” is developer jargon' },
  { match: '(backend|back end)', reason: '“%s” is jargon; say “our systems”', expected: ['our systems'] },
  { match: '(frontend|front end)', reason: '“%s” is jargon; name the screen instead' },
  { match: '(latency)', reason: '“%s” is jargon', expected: ['delay'] },
  { match: '(deprecated)', reason: '“%s” is jargon', expected: ['no longer supported'] },
  { match: '(config|configs)', reason: '“%s” is jargon', expected: ['settings'] },
  { match: '(credentials)', reason: '“%s” is jargon', expected: ['sign-in details'] },
  { match: '(hotfix|hotfixes)', reason: '“%s” is jargon', expected: ['quick fix'] },
  {
    match: '(repro|reproduce|reproduced) the (issue|bug|problem|error)',
    reason: '“%s” is jargon; say “make the problem happen again”',
  },
  { match: 'edge (case|cases)', reason: '“%s” is jargon; say “rare situation”' },
  {
    match: '(propagate|propagation|propagated)',
    reason: '“%s” is jargon; say how long until the change shows everywhere',
  },
  {
    match: '(escalated|escalate) (this|it|your ticket|your case)? to (tier|level) #Value',
    reason: '“%s” names our internal tiers; say who will help',
  },
  {
    match: '(tier|level) (2|3|two|three) (support|team|engineers|engineering)?',
    reason: '“%s” names our internal tiers; say “our specialist team”',
  },
  { match: '(upstream|downstream)', reason: '“%s” is jargon; say whose side the problem is on' },
  { match: '(hard refresh)', reason: '“%s” is jargon; give the keys to press' },
  {
    match: '(rollback|roll back|rolled back) the (release|deploy|deployment|update)',
    reason: '“%s” is jargon; say “undid the update”',
  },
  { match: '(regression)', reason: '“%s” is jargon; say “a bug our last update introduced”' },
  { match: '(root cause)', reason: '“%s” is jargon', expected: ['cause'] },
  { match: '(throttled|throttling)', reason: '“%s” is jargon; say “slowed down” or “limited”' },
  { match: '(whitelist|whitelisted|allowlist|allowlisted)', reason: '“%s” is jargon; say “allow”' },
  { match: '(sandbox) (environment|account)?', reason: '“%s” is jargon; say “test account”' },
  { match: '(instance) of', reason: '“%s” is jargon' },
  {
    match: '(deployed|deploy|deployment) (a|the|our)? (fix|patch|update)',
    reason: '“%s” is jargon; say “released a fix”',
  },
]);

/** Whether this reader gets jargon findings: customers who write technically are spared. */
function readsPlainly(context: RuleContext): boolean {
  return (context.customer?.technicality ?? 0) < TECHNICAL_READER;
}

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'suggestion',
  rationale: `Technical and internal jargon (“cache”, “backend”, “tier 2”), unless the customer writes technically (technicality ≥ ${TECHNICAL_READER}).`,
  why: 'A customer who has to look words up feels talked past, and may follow a step wrongly.',
  lesson: {
    title: 'Use the customer’s words, not ours',
    before: 'Please clear your cache and try again.',
    after: 'Please clear your stored browsing data and try again.',
  },
  fixes: true,
  contextKey: (context) => (readsPlainly(context) ? 'plain' : 'technical'),
  check: (sentence, context) => (readsPlainly(context) ? match(sentence) : []),
  examples: {
    bad: [
      { text: 'Please clear your cache and try again.', actual: 'cache', expected: 'stored browsing data' },
      { text: 'The backend was slow this morning.', actual: 'backend', expected: 'our systems', technicality: 0.1 },
      { text: 'I have escalated this to tier 2 support.', technicality: 0.2 },
    ],
    good: [
      { text: 'Please clear your cache and try again.', technicality: 0.9 },
      { text: 'Please sign out, close the browser and sign in again.' },
      { text: 'The webhook payload now includes the order id.', technicality: 0.8 },
    ],
  },
};
