/** Pure selectors from (snapshot, report, settings) to what the panel shows. The components only render these. */
import type { Check, CheckId, Checks, Finding, Report, Severity } from '../coach/types';
import type { RoutedSnapshot } from '../messaging/protocol';
import { findingKey } from './finding-key';

export type PanelPhase =
  /** The active page is not a site Attune runs on. */
  | 'not-enabled'
  /** Attune runs here but the agent has not typed in an editor yet. */
  | 'waiting'
  /** An editor is known but its draft is empty. */
  | 'no-draft'
  /** A draft, but no customer message was found in the thread. */
  | 'no-customer'
  | 'ready';

export function panelPhase(input: { siteEnabled: boolean | null; snapshot: RoutedSnapshot | null }): PanelPhase {
  const { snapshot, siteEnabled } = input;
  if (!snapshot) return siteEnabled === false ? 'not-enabled' : 'waiting';
  if (snapshot.draft.trim() === '') return 'no-draft';
  if (!snapshot.customer || snapshot.customer.text.trim() === '') return 'no-customer';
  return 'ready';
}

export interface Ignored {
  rules: readonly string[];
  findings: readonly string[];
}

export interface VisibleFinding extends Finding {
  /** What Ignore stores: the same for a finding repeated word for word in another sentence, which Ignore hides too. */
  key: string;
  /** Unique in the list: the key, with the occurrence after the first ("…~1"), so a card, a highlight or a list
   * item of a repeated finding is its own and not the first one's. */
  id: string;
}

/** Findings the agent has not ignored, each with its stable key and an id unique in the list. */
export function visibleFindings(findings: readonly Finding[], draft: string, ignored: Ignored): VisibleFinding[] {
  const rules = new Set(ignored.rules);
  const keys = new Set(ignored.findings);
  const seen = new Map<string, number>();
  return findings
    .filter((f) => !rules.has(f.ruleId))
    .map((f) => ({ ...f, key: findingKey(f, draft) }))
    .filter((f) => !keys.has(f.key))
    .map((f) => {
      const occurrence = seen.get(f.key) ?? 0;
      seen.set(f.key, occurrence + 1);
      return { ...f, id: occurrence === 0 ? f.key : `${f.key}~${occurrence}` };
    });
}

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'suggestion'];

/** Growth framing: "worth fixing" rather than "errors". */
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Worth fixing',
  warning: 'Worth a look',
  suggestion: 'Polish',
};

export function groupBySeverity<F extends Finding>(
  findings: readonly F[],
): Array<{ severity: Severity; findings: F[] }> {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity).sort((a, b) => a.span.start - b.span.start),
  })).filter((g) => g.findings.length > 0);
}

export interface ChecklistItem {
  id: CheckId;
  label: string;
  done: boolean;
  needed: boolean;
  why: string;
}

export const CHECK_LABEL: Record<CheckId, string> = {
  acknowledgement: 'Acknowledge their feelings',
  reassurance: 'Reassure them',
  restatement: 'Restate the problem',
  questions: 'Answer every question',
  nextSteps: 'Say what happens next',
  personalization: 'Make it personal',
  greeting: 'Greeting',
  closing: 'Closing that invites a reply',
};

export const CHECK_ORDER: CheckId[] = [
  'acknowledgement',
  'restatement',
  'questions',
  'nextSteps',
  'reassurance',
  'personalization',
  'greeting',
  'closing',
];

function isDone(check: Check): boolean {
  return check.status === 'present';
}

export function checklist(checks: Checks): ChecklistItem[] {
  return CHECK_ORDER.map((id) => ({
    id,
    label: CHECK_LABEL[id],
    done: isDone(checks[id]),
    needed: checks[id].needed,
    why: checks[id].why,
  }));
}

export interface QuestionItem {
  text: string;
  answered: boolean;
}

export function questionItems(checks: Checks): QuestionItem[] {
  const answered = new Set(checks.questions.answered.map((a) => `${a.question.span.start}:${a.question.text}`));
  return checks.questions.asked.map((q) => ({ text: q.text, answered: answered.has(`${q.span.start}:${q.text}`) }));
}

/** The button label for a fix: "Apply “we can help”". */
export function applyLabel(replacement: string): string {
  return `Apply “${truncate(replacement, 40)}”`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export type ScoreBand = 'strong' | 'good' | 'growing';

export function scoreBand(total: number): ScoreBand {
  return total >= 80 ? 'strong' : total >= 60 ? 'good' : 'growing';
}

/** Plain words for a reading grade. */
export function gradeWords(grade: number): string {
  if (grade <= 6) return 'very easy to read';
  if (grade <= 8) return 'easy to read';
  if (grade <= 10) return 'fairly easy to read';
  if (grade <= 12) return 'a little dense';
  return 'hard going for a stressed reader';
}

/** Open findings after ignores: what the action badge counts. */
export function openFindingCount(report: Report | null, draft: string, ignored: Ignored): number {
  return report ? visibleFindings(report.findings, draft, ignored).length : 0;
}

/** Unmet checks as a few lower-case words for the status chip, in checklist order ("answer 1 question"). */
export const CHECK_TODO: Record<CheckId, string> = {
  acknowledgement: 'acknowledge their feelings',
  reassurance: 'reassure them',
  restatement: 'restate the problem',
  questions: 'answer every question',
  nextSteps: 'say what happens next',
  personalization: 'make it personal',
  greeting: 'add a greeting',
  closing: 'invite a reply',
};

export function todoItems(checks: Checks): string[] {
  return CHECK_ORDER.filter((id) => checks[id].needed && !isDone(checks[id])).map((id) => {
    if (id !== 'questions') return CHECK_TODO[id];
    const open = checks.questions.unanswered.length;
    return open > 0 ? `answer ${open} question${open === 1 ? '' : 's'}` : CHECK_TODO.questions;
  });
}

/** The status chip's words: open findings and the first unmet check, e.g. "2 · answer 1 question". */
export function chipLabel(openFindings: number, todo: readonly string[]): string {
  const parts = [String(openFindings)];
  if (todo.length > 0) parts.push(todo.length > 1 ? `${todo[0]} +${todo.length - 1}` : todo[0]!);
  return parts.join(' · ');
}
