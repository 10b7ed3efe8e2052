/**
 * Profiles keystroke re-analysis of the 1,000-word draft (default) or full analyses with cold caches (`full`),
 * and summarises where the time goes:
 *
 *   npx tsx bench/profile-keystrokes.ts [full] [--out FILE.cpuprofile]
 *
 * Only the measured loop is profiled (through node:inspector, after a warm-up), so module loading, tsx's
 * transpiling and the JIT's first compilations do not drown the engine's own frames as they do with --cpu-prof.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { analyze } from '../lib/coach/index';
import type { Report } from '../lib/coach/types';
import { clearEngineCaches } from '../lib/coach/engine-state';
import { summarise } from './profile-summary';
import { KeystrokeTyper, SUPPORT_CUSTOMER_MESSAGE, supportDraft } from './support-text';

const full = process.argv.includes('full');
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

const draft = supportDraft(1000, 2);
let previous: Report = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
const typer = new KeystrokeTyper(draft);
const step = full
  ? () => {
      clearEngineCaches();
      previous = analyze({ draft, customer: SUPPORT_CUSTOMER_MESSAGE });
    }
  : () => {
      previous = analyze({ draft: typer.next(), customer: SUPPORT_CUSTOMER_MESSAGE });
    };
const [warmup, measured] = full ? [5, 40] : [200, 1500];
for (let i = 0; i < warmup; i += 1) step();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 0; i < measured; i += 1) step();
const { profile } = await session.post('Profiler.stop');
session.disconnect();

if (out) writeFileSync(out, JSON.stringify(profile));
console.log(
  `${measured} ${full ? 'full analyses' : 'keystrokes'}, ${previous.findings.length} findings in the last report`,
);
console.log(summarise(profile as unknown as Parameters<typeof summarise>[0], 40));
