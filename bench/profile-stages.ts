/**
 * Per-stage timing of keystroke re-analysis on the 1,000-word draft (medians over 200 keystrokes), plus a full
 * analysis with cold caches: `npx tsx bench/profile-stages.ts`.
 */
import { runChecks } from '../lib/coach/checks/index';
import { analyzeCustomer } from '../lib/coach/customer/index';
import { analyze } from '../lib/coach/index';
import { readability } from '../lib/coach/readability';
import { runRules } from '../lib/coach/rules/index';
import { analyzeText } from '../lib/coach/text';
import { clearEngineCaches } from '../lib/coach/engine-state';
import { median } from './table';
import { KeystrokeTyper, SUPPORT_CUSTOMER_MESSAGE, supportDraft } from './support-text';

const draft = supportDraft(1000, 2);
const stages: Record<string, number[]> = {
  customer: [],
  text: [],
  rules: [],
  checks: [],
  readability: [],
  analyze: [],
};
const time = <T>(name: string, run: () => T): T => {
  const start = performance.now();
  const value = run();
  stages[name]!.push(performance.now() - start);
  return value;
};
analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
const typer = new KeystrokeTyper(draft);
for (let i = 0; i < 200; i += 1) {
  const next = typer.next();
  const customer = time('customer', () => analyzeCustomer(SUPPORT_CUSTOMER_MESSAGE));
  const text = time('text', () => analyzeText(next));
  time('rules', () => runRules(text, { customer, disabled: new Set() }));
  time('checks', () => runChecks(text, customer, SUPPORT_CUSTOMER_MESSAGE));
  time('readability', () => readability(text));
  const again = typer.next();
  time('analyze', () => analyze({ draft: again, customer: SUPPORT_CUSTOMER_MESSAGE }));
}
const full: number[] = [];
for (let i = 0; i < 10; i += 1) {
  clearEngineCaches();
  const start = performance.now();
  analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
  full.push(performance.now() - start);
}
for (const [name, times] of Object.entries(stages))
  console.log(`keystroke ${name.padEnd(12)} ${median(times).toFixed(2)} ms`);
console.log(`full analysis (cold)  ${median(full).toFixed(1)} ms`);
