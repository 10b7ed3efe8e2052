/**
 * How the held-out customer sets were drawn (`npx tsx eval/customers-holdout.ts even|odd [count] [seed]`): the first
 * customer turn of conversations in ../shared/eval/customer-care-dev.jsonl that are not in the golden set, split by
 * the parity of an FNV-1a hash of the conversation id (even → holdout-a.jsonl, odd → holdout-b.jsonl, so the two
 * never overlap), then a seeded sample stratified by company as for the golden set. Prints unlabelled JSON lines;
 * the labels were written by hand over exactly this output before the engine was run on these messages.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGolden } from './customers';
import { loadCareMessages, sampleAcrossCompanies, type CareMessage } from './customers-sample';
import { fnv1a } from './esconv-split';

export type HoldoutParity = 'even' | 'odd';

export function holdoutCandidates(
  messages: readonly CareMessage[],
  goldenIds: ReadonlySet<string>,
  parity: HoldoutParity,
): CareMessage[] {
  const remainder = parity === 'even' ? 0 : 1;
  return messages.filter((message) => !goldenIds.has(message.id) && fnv1a(message.id) % 2 === remainder);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const parity = process.argv[2];
  if (parity !== 'even' && parity !== 'odd') {
    console.error('usage: customers-holdout.ts even|odd [count] [seed]');
    process.exit(2);
  }
  const count = Number(process.argv[3] ?? 110);
  const seed = Number(process.argv[4] ?? 11);
  const goldenIds = new Set(loadGolden().map((item) => item.id));
  for (const message of sampleAcrossCompanies(holdoutCandidates(loadCareMessages(), goldenIds, parity), count, seed))
    console.log(JSON.stringify(message));
}
