/**
 * A workload to profile with `node --cpu-prof --import tsx bench/profile-keystrokes.ts [full]`: keystroke
 * re-analysis of the 1,000-word draft (default), or full analyses with cold caches (`full`).
 */
import { analyze } from '../lib/coach/index';
import { clearEngineCaches } from './engine-caches';
import { KeystrokeTyper, SUPPORT_CUSTOMER_MESSAGE, supportDraft } from './support-text';

const draft = supportDraft(1000, 2);
let previous = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
if (process.argv[2] === 'full') {
  for (let i = 0; i < 15; i += 1) {
    clearEngineCaches();
    previous = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
  }
} else {
  const typer = new KeystrokeTyper(draft);
  for (let i = 0; i < 150; i += 1) previous = analyze({ draft: typer.next(), customer: SUPPORT_CUSTOMER_MESSAGE, previous });
}
console.log(previous.findings.length);
