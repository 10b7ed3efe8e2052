/**
 * Runs bundled (see engine-first-call.ts) in a fresh plain Node process: times loading the engine bundle and its
 * first and second analyze() calls (cold caches, cold JIT), and prints them as JSON. argv[2] is the engine
 * bundle's URL, imported dynamically so that loading it is timed on its own.
 */
import { SUPPORT_CUSTOMER_MESSAGE, supportDraft } from './support-text';

type Analyze = typeof import('../lib/coach/index').analyze;

const importStart = performance.now();
const { analyze } = (await import(process.argv[2]!)) as { analyze: Analyze };
const importMs = performance.now() - importStart;

const firstStart = performance.now();
analyze({ draft: supportDraft(150, 11), customer: SUPPORT_CUSTOMER_MESSAGE });
const firstCallMs = performance.now() - firstStart;

const secondStart = performance.now();
analyze({ draft: supportDraft(150, 12), customer: SUPPORT_CUSTOMER_MESSAGE });
const secondCallMs = performance.now() - secondStart;

console.log(JSON.stringify({ importMs, firstCallMs, secondCallMs }));
