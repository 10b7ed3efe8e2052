/**
 * The ESConv evaluation lines (../shared/eval/esconv-dev.jsonl beside the repository). The data is CC BY-NC and
 * for measurement only: it is read from where it lies and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EvalLine {
  id: string;
  customer: string;
  draft: string;
  strategy: string;
}

/** The repository root: one folder up from eval/. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/eval/esconv-dev.jsonl');

export class EvalDataError extends Error {}

export function loadLines(path: string = process.env.ATTUNE_EVAL_DATA ?? DEFAULT_DATA): EvalLine[] {
  if (!existsSync(path)) {
    throw new EvalDataError(
      `Evaluation data not found at ${path}.\nnpm run eval reads ../shared/eval/esconv-dev.jsonl beside the repository (or the file named by ATTUNE_EVAL_DATA); it is not part of the repository by licence.`,
    );
  }
  const lines: EvalLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim().length === 0) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch (error) {
        throw new EvalDataError(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
      }
      const line = parsed as Partial<EvalLine>;
      if (typeof line.customer !== 'string' || typeof line.draft !== 'string' || typeof line.strategy !== 'string') {
        throw new EvalDataError(`${path}:${index + 1}: needs string fields customer, draft and strategy`);
      }
      lines.push({
        id: typeof line.id === 'string' ? line.id : `line-${index + 1}`,
        customer: line.customer,
        draft: line.draft,
        strategy: line.strategy,
      });
    });
  return lines;
}
