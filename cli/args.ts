/**
 * Command-line arguments of `coach`, parsed with Node's built-in `parseArgs` (no dependency needed for five
 * options). Bad arguments throw a `UsageError`; the CLI prints it with the usage text and exits with 2.
 */
import { parseArgs } from 'node:util';
import { OUTPUT_FORMATS, type OutputFormat } from './format';

export const USAGE = `Usage: npm run -s coach -- [options] < drafts.jsonl

Coaches support replies: reads JSON lines {"id", "customer", "draft"} on stdin and writes, per line,
the engine's report — a linter-style listing (text) or the Report as one JSON line with its id (jsonl).

Options:
  --format text|jsonl    output format (default: text)
  --guidelines PATH      apply a team guideline pack: Attune JSON, a Vale rule (.yml) or a Vale
                         style folder (its *.yml files); repeat for several packs
  --draft FILE           coach one draft read from FILE instead of stdin
  --customer FILE        the customer's message for --draft
  -h, --help             show this help

Input lines may also carry "customerName". Blank lines are skipped. An invalid line is reported as an
error naming its line number ({"line": N, "error": "..."} in jsonl) and the other lines still run.

Exit status: 0 when every line was coached, 1 when any line failed, 2 for bad arguments or a bad pack.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliOptions {
  format: OutputFormat;
  guidelineFiles: string[];
  draftFile: string | null;
  customerFile: string | null;
  help: boolean;
}

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        guidelines: { type: 'string', multiple: true, default: [] },
        draft: { type: 'string' },
        customer: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const format = values.format;
  if (!isOutputFormat(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got "${format}")`);
  }
  if (values.customer !== undefined && values.draft === undefined) {
    throw new UsageError('--customer needs --draft FILE as well (or give both on stdin as JSON lines)');
  }
  return {
    format,
    guidelineFiles: values.guidelines,
    draftFile: values.draft ?? null,
    customerFile: values.customer ?? null,
    help: values.help,
  };
}
