/**
 * How the held-out customer sets were drawn (`npx tsx eval/customers-holdout.ts even|odd|rest [count] [seed]`): the
 * first customer turn of conversations in ../shared/eval/customer-care-dev.jsonl that are not in the golden set.
 *
 * - `even [count] [seed]`: even FNV-1a hash of the conversation id, a seeded sample stratified by company as for the
 *   golden set (holdout-a.jsonl: 110, seed 11);
 * - `odd [count]`: odd hash, the first `count` in file order (holdout-b.jsonl: 110);
 * - `rest`: every message in no other set (golden, holdout-a, holdout-b), in file order, less verbatim repeats
 *   (holdout-c.jsonl).
 *
 * The hash parity keeps A and B apart; C takes what both left. Prints unlabelled JSON lines; the labels were written
 * by hand over exactly this output before the engine was run on these messages.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOLDEN_PATH, loadGolden, type GoldenCustomer } from './customers';
import { GOLDEN_SEED, loadCareMessages, sampleAcrossCompanies, type CareMessage } from './customers-sample';
import { fnv1a } from './esconv-split';

export type HoldoutParity = 'even' | 'odd';

export const HOLDOUT_SIZE = 110;

/** The fixture files a later set must not repeat; set C is drawn from what these leave. */
export const EARLIER_SETS = ['golden.jsonl', 'holdout-a.jsonl', 'holdout-b.jsonl'].map((name) =>
  resolve(GOLDEN_PATH, '..', name),
);

export function holdoutCandidates(
  messages: readonly CareMessage[],
  goldenIds: ReadonlySet<string>,
  parity: HoldoutParity,
): CareMessage[] {
  const remainder = parity === 'even' ? 0 : 1;
  return messages.filter((message) => !goldenIds.has(message.id) && fnv1a(message.id) % 2 === remainder);
}

/**
 * Every message whose conversation is in none of the taken sets, in file order, less verbatim repeats: the same text
 * posted in another conversation is not held out when a taken set has it (the engine was developed on its twin), and
 * a second copy in the rest would count twice.
 */
export function remainingMessages(
  messages: readonly CareMessage[],
  taken: readonly Pick<CareMessage, 'id' | 'text'>[],
): CareMessage[] {
  const takenIds = new Set(taken.map((item) => item.id));
  const seenTexts = new Set(taken.map((item) => item.text.trim()));
  return messages.filter((message) => {
    if (takenIds.has(message.id) || seenTexts.has(message.text.trim())) return false;
    seenTexts.add(message.text.trim());
    return true;
  });
}

export function takenByEarlierSets(): GoldenCustomer[] {
  return EARLIER_SETS.flatMap((path) => loadGolden(path));
}

function drawn(mode: string, count: number, seed: number): CareMessage[] | null {
  const messages = loadCareMessages();
  const goldenIds = new Set(loadGolden().map((item) => item.id));
  if (mode === 'even') return sampleAcrossCompanies(holdoutCandidates(messages, goldenIds, 'even'), count, seed);
  if (mode === 'odd') return holdoutCandidates(messages, goldenIds, 'odd').slice(0, count);
  if (mode === 'rest') return remainingMessages(messages, takenByEarlierSets());
  return null;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const messages = drawn(
    process.argv[2] ?? '',
    Number(process.argv[3] ?? HOLDOUT_SIZE),
    Number(process.argv[4] ?? GOLDEN_SEED),
  );
  if (messages === null) {
    console.error('usage: customers-holdout.ts even [count] [seed] | odd [count] | rest');
    process.exit(2);
  }
  for (const message of messages) console.log(JSON.stringify(message));
}
