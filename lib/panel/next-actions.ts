/**
 * The panel's first screen: the two or three things to do next, each with a one-click fix, ranked by what matters
 * most to the customer. Pure: from the report's checks, suggestions and the findings the agent has not ignored.
 *
 * Only what has a fix the panel can apply is an action: an inserted sentence (acknowledgement, reassurance) or a
 * finding's replacement. What needs the agent's own words (an unanswered question, blame without a rewrite) is
 * listed as still to do, never dressed up as a button.
 */
import type { Checks, CustomerAnalysis, Suggestion } from '../coach/types';
import { CHECK_TODO, todoItems, type VisibleFinding } from '../report-view/selectors';

export const MAX_NEXT_ACTIONS = 3;

export type NextAction =
  | {
      key: string;
      kind: 'insert';
      check: 'acknowledgement' | 'reassurance';
      title: string;
      text: string;
    }
  | {
      key: string;
      kind: 'replace';
      title: string;
      finding: VisibleFinding;
      replacement: string;
    };

export type ReplaceAction = Extract<NextAction, { kind: 'replace' }>;

/**
 * Higher first. The order is the customer's: a distressed reader takes in nothing else until they feel heard; a
 * team's blocking rule (severity error) comes next because the reply cannot go out with it; then knowing the
 * problem will be handled; then the wording the customer would notice (warnings), then polish. Within a level the
 * more upset the customer, the higher an acknowledgement ranks — distress is 0..1, so it never jumps a level.
 */
const RANK = {
  acknowledgement: 50,
  error: 40,
  reassurance: 30,
  warning: 20,
  suggestion: 10,
} as const;

function firstOfKind(suggestions: readonly Suggestion[], kind: Suggestion['kind']): Suggestion | null {
  return suggestions.find((s) => s.kind === kind) ?? null;
}

function missing(checks: Checks, id: 'acknowledgement' | 'reassurance'): boolean {
  return checks[id].needed && checks[id].status === 'missing';
}

interface Ranked {
  rank: number;
  /** Ties keep reading order: earlier in the draft first. */
  at: number;
  action: NextAction;
}

function insertActions(
  checks: Checks,
  suggestions: readonly Suggestion[],
  customer: CustomerAnalysis | null,
): Ranked[] {
  const ranked: Ranked[] = [];
  const ack = firstOfKind(suggestions, 'acknowledgement');
  if (ack && missing(checks, 'acknowledgement')) {
    ranked.push({
      rank: RANK.acknowledgement + (customer?.distress ?? 0),
      at: -1,
      action: {
        key: 'insert:acknowledgement',
        kind: 'insert',
        check: 'acknowledgement',
        title: customer?.upset ? 'Show them you heard how they feel' : 'Acknowledge their situation',
        text: ack.text,
      },
    });
  }
  const reassurance = firstOfKind(suggestions, 'reassurance');
  if (reassurance && missing(checks, 'reassurance')) {
    ranked.push({
      rank: RANK.reassurance,
      at: -1,
      action: {
        key: 'insert:reassurance',
        kind: 'insert',
        check: 'reassurance',
        title: 'Tell them it will be handled',
        text: reassurance.text,
      },
    });
  }
  return ranked;
}

function fixActions(findings: readonly VisibleFinding[]): Ranked[] {
  return findings
    .filter((f) => f.expected.length > 0)
    .map((f) => ({
      rank: RANK[f.severity],
      at: f.span.start,
      action: { key: `replace:${f.id}`, kind: 'replace', title: f.reason, finding: f, replacement: f.expected[0]! },
    }));
}

export function nextActions(input: {
  checks: Checks;
  suggestions: readonly Suggestion[];
  customer: CustomerAnalysis | null;
  findings: readonly VisibleFinding[];
}): NextAction[] {
  return [...insertActions(input.checks, input.suggestions, input.customer), ...fixActions(input.findings)]
    .sort((a, b) => b.rank - a.rank || a.at - b.at)
    .slice(0, MAX_NEXT_ACTIONS)
    .map((r) => r.action);
}

/**
 * What is left after the actions, in a few words for the first screen: unmet checks the actions do not cover
 * ("answer 2 questions") and how many findings wait below without a place among the actions.
 */
export function stillToDo(input: {
  checks: Checks;
  findings: readonly VisibleFinding[];
  actions: readonly NextAction[];
}): string[] {
  const covered = new Set(input.actions.flatMap((a) => (a.kind === 'insert' ? [CHECK_TODO[a.check]] : [])));
  const todo = todoItems(input.checks).filter((words) => !covered.has(words));
  const fixed = new Set(input.actions.flatMap((a) => (a.kind === 'replace' ? [a.finding.id] : [])));
  const rest = input.findings.filter((f) => !fixed.has(f.id)).length;
  if (rest > 0) todo.push(`${rest} more finding${rest === 1 ? '' : 's'} below`);
  return todo;
}
