/** Export of the agent's own progress records: JSON (lossless) and CSV (one row per reply, for spreadsheets). */
import { CHECK_IDS } from '../coach/types';
import type { ReplyRecord } from './record';

export function toJson(records: readonly ReplyRecord[]): string {
  return JSON.stringify({ format: 'attune-progress', version: 1, records }, null, 2);
}

/** RFC 4180 quoting: only when the value needs it. */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(records: readonly ReplyRecord[]): string {
  const header = [
    'id',
    'sent_at',
    'site',
    'engine',
    'score',
    ...CHECK_IDS.map((c) => `check_${c}`),
    'questions_asked',
    'questions_answered',
    'distress',
    'reading_grade',
    'words',
    'suggestions_applied',
    'findings',
  ];
  const rows = records.map((r) => [
    r.id,
    new Date(r.at).toISOString(),
    r.site,
    r.engine,
    r.score,
    ...CHECK_IDS.map((c) => r.checks[c]),
    r.questionsAsked,
    r.questionsAnswered,
    r.distress,
    r.readingGrade,
    r.words,
    r.suggestionsApplied,
    Object.entries(r.ruleCounts)
      .map(([rule, n]) => `${rule}:${n}`)
      .join(' '),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
