/**
 * How the golden customer set was drawn (`npx tsx eval/customers-sample.ts [count] [seed]`): the first customer turn
 * of conversations from ../shared/eval/customer-care-dev.jsonl, a fixed seeded sample stratified by company so that
 * every support account appears in proportion (and at least once). Prints unlabelled JSON lines; the labels in
 * tests/fixtures/customers/golden.jsonl were written by hand over exactly this output (count 168, seed 11).
 * Re-running it must reproduce the fixture's ids in order — tests/eval/customers.test.ts checks that when the data
 * file is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvalDataError, REPO_ROOT } from './dataset';
import { seededRandom } from '../bench/support-text';

/**
 * ../shared/eval/customer-care-dev.jsonl beside the repository, or beside any folder above it (a git worktree sits
 * deeper than the main checkout), or the file named by ATTUNE_CARE_DATA.
 */
export function careDataPath(): string {
  if (process.env.ATTUNE_CARE_DATA) return process.env.ATTUNE_CARE_DATA;
  let folder = REPO_ROOT;
  for (;;) {
    const candidate = resolve(folder, '../shared/eval/customer-care-dev.jsonl');
    if (existsSync(candidate) || dirname(folder) === folder) return candidate;
    folder = dirname(folder);
  }
}
export const GOLDEN_COUNT = 168;
export const GOLDEN_SEED = 11;

export interface CareMessage {
  id: string;
  company: string;
  text: string;
}

/** The benchmarks' seeded generator (mulberry32), so the sample is the same on every machine and Node version. */
export { seededRandom };

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** The first customer turn of every conversation, raw as posted. */
export function loadCareMessages(path: string = careDataPath()): CareMessage[] {
  if (!existsSync(path)) throw new EvalDataError(`Customer-care data not found at ${path}.`);
  const messages: CareMessage[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim().length === 0) return;
      const parsed = JSON.parse(raw) as {
        id?: unknown;
        company?: unknown;
        turns?: Array<{ role?: unknown; text?: unknown }>;
      };
      const first = parsed.turns?.find((turn) => turn.role === 'customer');
      if (typeof parsed.id !== 'string' || typeof parsed.company !== 'string' || typeof first?.text !== 'string') {
        throw new EvalDataError(`${path}:${index + 1}: needs id, company and a customer turn`);
      }
      messages.push({ id: parsed.id, company: parsed.company, text: first.text });
    });
  return messages;
}

/**
 * Largest-remainder allocation of `count` over companies in proportion to their size, each company at least one;
 * then a seeded shuffle inside each company, and the picks interleaved in a seeded order.
 */
export function sampleAcrossCompanies(messages: readonly CareMessage[], count: number, seed: number): CareMessage[] {
  const byCompany = new Map<string, CareMessage[]>();
  for (const message of messages) byCompany.set(message.company, [...(byCompany.get(message.company) ?? []), message]);
  const companies = [...byCompany.keys()].sort();
  const quota = new Map(companies.map((company) => [company, 1]));
  let left = count - companies.length;
  const share = (company: string) => (byCompany.get(company)!.length * count) / messages.length;
  while (left > 0) {
    const next = companies
      .filter((company) => quota.get(company)! < byCompany.get(company)!.length)
      .sort((a, b) => share(b) - quota.get(b)! - (share(a) - quota.get(a)!) || a.localeCompare(b))[0];
    if (next === undefined) break;
    quota.set(next, quota.get(next)! + 1);
    left--;
  }
  const random = seededRandom(seed);
  const picked = companies.flatMap((company) =>
    shuffled(byCompany.get(company)!, random).slice(0, quota.get(company)!),
  );
  return shuffled(picked, random);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? GOLDEN_COUNT);
  const seed = Number(process.argv[3] ?? GOLDEN_SEED);
  for (const message of sampleAcrossCompanies(loadCareMessages(), count, seed)) console.log(JSON.stringify(message));
}
