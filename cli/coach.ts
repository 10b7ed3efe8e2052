/**
 * `npm run -s coach -- [--format text|jsonl] [--guidelines pack.json] [--draft FILE [--customer FILE]]`
 * The thin edge of the CLI: arguments, files, stdin, stdout and the exit code. Everything else lives in
 * cli/args.ts, input.ts, run.ts and format.ts, where it is tested without a process.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { USAGE, UsageError, parseCliArgs } from './args';
import type { GuidelinePack } from '../lib/coach/types';
import {
  GuidelineFileError,
  coachFiles,
  coachLines,
  exitCodeFor,
  isValeFile,
  loadGuidelinePack,
  loadValeStyle,
} from './run';

function readFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A pack from a JSON file, a Vale rule file (.yml) or a Vale style folder; import notes go to stderr. */
function loadGuidelines(path: string): GuidelinePack {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    throw new UsageError(
      `cannot read guideline pack ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isFolder && !isValeFile(path)) return loadGuidelinePack(path, readFile(path, 'guideline pack'));
  const names = isFolder
    ? readdirSync(path)
        .filter(isValeFile)
        .sort()
        .map((name) => join(path, name))
    : [path];
  const pack = loadValeStyle(
    path,
    names.map((name) => ({ name, yaml: readFile(name, 'Vale rule') })),
  );
  for (const note of pack.notes ?? []) process.stderr.write(`coach: note: ${note}\n`);
  return pack;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseCliArgs(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const guidelines = options.guidelineFiles.map(loadGuidelines);
  const write = (output: string) => process.stdout.write(`${output}\n`);
  const runOptions = { format: options.format, guidelines };
  if (options.draftFile !== null) {
    const draft = readFile(options.draftFile, 'draft');
    const customer = options.customerFile === null ? null : readFile(options.customerFile, 'customer message');
    return exitCodeFor(coachFiles({ draftFile: options.draftFile, draft, customer }, runOptions, write));
  }
  if (process.stdin.isTTY)
    process.stderr.write('coach: reading JSON lines from stdin (Ctrl-D to end; --help for usage)\n');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  return exitCodeFor(await coachLines(lines, runOptions, write));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`coach: ${error.message}\n\n${USAGE}\n`);
    } else if (error instanceof GuidelineFileError) {
      process.stderr.write(`coach: ${error.message}\n`);
    } else {
      process.stderr.write(`coach: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
