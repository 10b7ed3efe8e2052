/**
 * The CLI's two output formats. `jsonl`: one JSON object per input line, the Report with its `id` in front
 * (field names are a public interface). `text`: a linter-style listing — `file:line:col  severity  reason  ruleId`
 * per finding, like Vale or ESLint — followed by the checks, the score and the suggested sentences.
 */
import { CHECK_IDS, type CheckId, type Checks, type Finding, type Report, type Severity } from '../lib/coach/types';

export type OutputFormat = 'text' | 'jsonl';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'jsonl'];

export interface CoachedDraft {
  id: string | number;
  report: Report;
  draft: string;
}

export interface LineError {
  /** 1-based line of the input that failed. */
  line: number;
  error: string;
  id?: string | number;
}

/** `{"id", ...report}`: the id first, then the Report's own fields, unchanged. */
export function formatJsonReport({ id, report }: CoachedDraft): string {
  return JSON.stringify({ id, ...report });
}

export function formatJsonError({ line, error, id }: LineError): string {
  return JSON.stringify(id === undefined ? { line, error } : { line, id, error });
}

/** 1-based line and column (in UTF-16 code units, as editors and ESLint count) of an offset in the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Reasons and quotes are printed on one line, whatever the text contains. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A JSON-quoted excerpt of at most `max` characters, never cutting an emoji in half. */
function quote(text: string, max = 60): string {
  const characters = Array.from(oneLine(text));
  return JSON.stringify(characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join(''));
}

function padColumns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]!.length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatFindingLines(name: string, draft: string, findings: readonly Finding[]): string[] {
  return padColumns(
    findings.map((finding) => {
      const { line, column } = lineAndColumn(draft, finding.span.start);
      return [`${name}:${line}:${column}`, finding.severity, oneLine(finding.reason), finding.ruleId];
    }),
  );
}

function formatCheck(id: CheckId, checks: Checks): string {
  const check = checks[id];
  const needed = check.status === 'missing' && check.needed ? ' (needed)' : '';
  if (id !== 'questions') return `${id} ${check.status}${needed}`;
  const { asked, unanswered } = checks.questions;
  if (asked.length === 0) return `questions ${check.status}`;
  const open = unanswered.map((question) => ` ${quote(question.text, 50)}`).join(',');
  return `questions ${asked.length - unanswered.length}/${asked.length} answered${unanswered.length > 0 ? `, unanswered:${open}` : ''}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The text listing of one report; `name` is the input's id or the draft's file name. */
export function formatTextReport({ id, report, draft }: CoachedDraft, name: string = String(id)): string {
  const { score, readability, checks, suggestions } = report;
  const lines = formatFindingLines(name, draft, report.findings);
  lines.push(`${name}  checks: ${CHECK_IDS.map((check) => formatCheck(check, checks)).join(' · ')}`);
  const breakdown = score.breakdown.map((part) => `${part.label} ${part.points}/${part.max}`).join(', ');
  lines.push(
    `${name}  score ${Math.round(score.total)}/100, reading grade ${readability.grade.toFixed(1)}${breakdown ? ` (${breakdown})` : ''}`,
  );
  for (const suggestion of suggestions) lines.push(`${name}  try (${suggestion.kind}): ${quote(suggestion.text, 200)}`);
  return lines.join('\n');
}

export function formatTextError({ line, error, id }: LineError, source: string): string {
  return `${source}:${line}  error  ${oneLine(error)}${id === undefined ? '' : `  (id ${JSON.stringify(id)})`}`;
}

export interface RunTotals {
  drafts: number;
  failedLines: number;
  findings: Record<Severity, number>;
}

/** The closing line of the text listing, ESLint-style. */
export function formatTextSummary({ drafts, failedLines, findings }: RunTotals): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [
    plural(drafts, 'draft'),
    plural(findings.error, 'error'),
    plural(findings.warning, 'warning'),
    plural(findings.suggestion, 'suggestion'),
  ];
  if (failedLines > 0) parts.push(plural(failedLines, 'invalid input line'));
  return parts.join(', ');
}
