/**
 * Run by bench/engine.ts in a fresh Node process: times loading the engine and its first and second analyze()
 * calls (cold caches, cold JIT — what an agent meets when the extension starts), and prints them as JSON.
 */
import { SUPPORT_CUSTOMER_MESSAGE, supportDraft } from './support-text';

// The drafts are written before the clock starts: the row times the engine, not the bench's text generator.
const drafts = [supportDraft(150, 11), supportDraft(150, 12)] as const;

const importStart = performance.now();
const { analyze } = await import('../lib/coach/index');
const importMs = performance.now() - importStart;

const firstStart = performance.now();
analyze({ draft: drafts[0], customer: SUPPORT_CUSTOMER_MESSAGE });
const firstCallMs = performance.now() - firstStart;

const secondStart = performance.now();
analyze({ draft: drafts[1], customer: SUPPORT_CUSTOMER_MESSAGE });
const secondCallMs = performance.now() - secondStart;

console.log(JSON.stringify({ importMs, firstCallMs, secondCallMs }));
