/**
 * The CLI pipeline, free of process I/O so tests can drive it: input line → report → formatted output. The
 * edge (`cli/coach.ts`) only reads files and stdin, writes to stdout and sets the exit code.
 */
import { analyze } from '../lib/coach/index';
import { checkGuidelinePackSync, importValeStyle } from '../lib/coach/guidelines/index';
import type { GuidelinePack, Report } from '../lib/coach/types';
import {
  countBySeverity,
  formatJsonError,
  formatJsonReport,
  formatTextError,
  formatTextReport,
  formatTextSummary,
  type LineError,
  type OutputFormat,
  type RunTotals,
} from './format';
import { isBlankLine, parseInputLine, type CoachInput } from './input';

export interface CoachRunOptions {
  format: OutputFormat;
  guidelines: readonly GuidelinePack[];
}

/** Receives each piece of output (one report or error, without the trailing newline). */
export type Write = (output: string) => void;

export class GuidelineFileError extends Error {
  override name = 'GuidelineFileError';
}

/** Parses and validates a guideline pack file's content; the error names the file, the rule and the field. */
export function loadGuidelinePack(file: string, content: string): GuidelinePack {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new GuidelineFileError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    // The same shape, syntax and cost budget the server enforces: a pack the CLI accepts, the server accepts.
    return checkGuidelinePackSync(json).pack;
  } catch (error) {
    throw new GuidelineFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether a guideline file is a Vale rule (YAML) rather than an Attune pack (JSON). */
export function isValeFile(path: string): boolean {
  return /\.ya?ml$/iu.test(path);
}

/**
 * Imports Vale rule files (one file, or a style folder's `*.yml`) as one pack. Names keep their folder so the
 * pack is named after the style. What could not be imported is in the pack's `notes`.
 */
export function loadValeStyle(source: string, files: Array<{ name: string; yaml: string }>): GuidelinePack {
  if (files.length === 0) throw new GuidelineFileError(`${source}: no Vale rule files (*.yml) found`);
  try {
    return importValeStyle(files);
  } catch (error) {
    throw new GuidelineFileError(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function coach(input: CoachInput, guidelines: readonly GuidelinePack[]): Report {
  return analyze({
    draft: input.draft,
    customer: input.customer,
    customerName: input.customerName,
    guidelines: [...guidelines],
    // A batch run waits for every rule: the time budget protects an agent typing, not a script.
    teamRulesBudgetMs: Infinity,
  });
}

function emptyTotals(): RunTotals {
  return { drafts: 0, failedLines: 0, findings: { error: 0, warning: 0, suggestion: 0 } };
}

function addFindings(totals: RunTotals, report: Report): void {
  const counts = countBySeverity(report.findings);
  totals.findings.error += counts.error;
  totals.findings.warning += counts.warning;
  totals.findings.suggestion += counts.suggestion;
}

function errorOutput(format: OutputFormat, error: LineError, source: string): string {
  return format === 'jsonl' ? formatJsonError(error) : formatTextError(error, source);
}

/** Coaches one input and formats it, turning an engine failure into an error for that line. */
function coachAndFormat(
  input: CoachInput,
  line: number,
  options: CoachRunOptions,
  name: string,
): { ok: true; output: string; report: Report } | { ok: false; error: LineError } {
  let report: Report;
  try {
    report = coach(input, options.guidelines);
  } catch (error) {
    return {
      ok: false,
      error: {
        line,
        id: input.id,
        error: `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
  const coached = { id: input.id, report, draft: input.draft };
  const output = options.format === 'jsonl' ? formatJsonReport(coached) : formatTextReport(coached, name);
  return { ok: true, output, report };
}

/**
 * Coaches every JSON line (blank lines skipped). A bad line is written as an error naming its 1-based line
 * number and the rest still run. In text format a summary line closes the listing.
 */
export async function coachLines(
  lines: AsyncIterable<string> | Iterable<string>,
  options: CoachRunOptions,
  write: Write,
  source = '<stdin>',
): Promise<RunTotals> {
  const totals = emptyTotals();
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (isBlankLine(line)) continue;
    const parsed = parseInputLine(line, lineNumber);
    const result = parsed.ok
      ? coachAndFormat(parsed.input, lineNumber, options, String(parsed.input.id))
      : ({
          ok: false,
          error: { line: lineNumber, error: parsed.error, ...(parsed.id === undefined ? {} : { id: parsed.id }) },
        } as const);
    if (result.ok) {
      totals.drafts += 1;
      addFindings(totals, result.report);
      write(result.output);
    } else {
      totals.failedLines += 1;
      write(errorOutput(options.format, result.error, source));
    }
  }
  if (options.format === 'text') write(formatTextSummary(totals));
  return totals;
}

/** Coaches one draft given as files (`--draft FILE [--customer FILE]`); the draft's file name is its id. */
export function coachFiles(
  files: { draftFile: string; draft: string; customer: string | null },
  options: CoachRunOptions,
  write: Write,
): RunTotals {
  const totals = emptyTotals();
  const input: CoachInput = { id: files.draftFile, draft: files.draft, customer: files.customer, customerName: null };
  const result = coachAndFormat(input, 1, options, files.draftFile);
  if (result.ok) {
    totals.drafts = 1;
    addFindings(totals, result.report);
    write(result.output);
  } else {
    totals.failedLines = 1;
    write(errorOutput(options.format, result.error, files.draftFile));
  }
  if (options.format === 'text') write(formatTextSummary(totals));
  return totals;
}

/** 1 when any input failed, 0 otherwise. */
export function exitCodeFor(totals: RunTotals): number {
  return totals.failedLines > 0 ? 1 : 0;
}
