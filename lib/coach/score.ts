/**
 * The 0–100 score: points for each check the customer needs (a check that is not needed earns its points), minus
 * points for findings and for a reading grade the customer will struggle with. Every part says why.
 */
import type { CheckId, Checks, CustomerAnalysis, Finding, Readability, Score, ScorePart } from './types';

const CHECK_POINTS: ReadonlyArray<{ id: CheckId; label: string; max: number }> = [
  { id: 'acknowledgement', label: 'Acknowledges feelings', max: 18 },
  { id: 'questions', label: 'Answers every question', max: 18 },
  { id: 'nextSteps', label: 'Says what happens next', max: 14 },
  { id: 'reassurance', label: 'Reassures', max: 10 },
  { id: 'restatement', label: 'Restates the problem', max: 8 },
  { id: 'personalization', label: 'Personal, not a macro', max: 8 },
  { id: 'greeting', label: 'Greets', max: 4 },
  { id: 'closing', label: 'Invites follow-up', max: 5 },
];
const FINDING_COST = { error: 5, warning: 3, suggestion: 1 } as const;
const FINDINGS_MAX = 10;
const READABILITY_MAX = 5;
const WRITING_MAX = FINDINGS_MAX + READABILITY_MAX;

function checkPart(checks: Checks, id: CheckId, label: string, max: number): ScorePart {
  const check = checks[id];
  if (id === 'questions' && checks.questions.asked.length > 0) {
    const share = checks.questions.answered.length / checks.questions.asked.length;
    const points = Math.round(max * share);
    return {
      id,
      label,
      points,
      max,
      note: `${checks.questions.answered.length} of ${checks.questions.asked.length} questions answered. ${share < 1 ? checks.questions.why : ''}`.trim(),
    };
  }
  if (id === 'nextSteps' && check.status === 'present') {
    const steps = checks.nextSteps.steps;
    const timed = steps.some((step) => step.when !== null);
    const owned = steps.some((step) => step.who !== null);
    const points = Math.round(max * (0.5 + (timed ? 0.3 : 0) + (owned ? 0.2 : 0)));
    return { id, label, points, max, note: check.why };
  }
  const points = check.status === 'missing' ? 0 : max;
  const note = check.status === 'not-needed' ? `Full points: ${check.why}` : check.why;
  return { id, label, points, max, note };
}

function findingsPart(findings: readonly Finding[]): ScorePart {
  const cost = findings.reduce((sum, finding) => sum + FINDING_COST[finding.severity], 0);
  const points = Math.max(0, FINDINGS_MAX - cost);
  const counts = (['error', 'warning', 'suggestion'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0);
  const note =
    counts.length === 0
      ? 'No wording problems found.'
      : `Wording problems: ${counts.map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`).join(', ')} (each costs ${FINDING_COST.error}/${FINDING_COST.warning}/${FINDING_COST.suggestion} points).`;
  return { id: 'findings', label: 'Clear, kind wording', points, max: FINDINGS_MAX, note };
}

/** Target reading grade: plainer for a non-technical customer. */
export function targetGrade(customer: CustomerAnalysis | null): number {
  return customer && customer.technicality >= 0.5 ? 10 : 8;
}

function readabilityPart(reading: Readability, customer: CustomerAnalysis | null): ScorePart {
  const target = targetGrade(customer);
  if (reading.words === 0)
    return {
      id: 'readability',
      label: 'Easy to read',
      points: READABILITY_MAX,
      max: READABILITY_MAX,
      note: 'Nothing to read yet.',
    };
  const over = Math.max(0, reading.grade - target);
  const points = Math.max(0, Math.round(READABILITY_MAX - over));
  const note =
    over === 0
      ? `Reading grade ${reading.grade}, within the target of ${target}.`
      : `Reading grade ${reading.grade} is above the target of ${target}: shorter sentences and plainer words lose fewer readers.`;
  return { id: 'readability', label: 'Easy to read', points, max: READABILITY_MAX, note };
}

export function scoreReport(
  checks: Checks,
  findings: readonly Finding[],
  reading: Readability,
  customer: CustomerAnalysis | null,
): Score {
  const checkMax = CHECK_POINTS.reduce((sum, part) => sum + part.max, 0);
  // The check points fill 100 minus the writing parts; keep the arithmetic honest if either list changes.
  if (checkMax + WRITING_MAX !== 100) throw new Error(`Score parts add up to ${checkMax + WRITING_MAX}, not 100`);
  const breakdown = [
    ...CHECK_POINTS.map(({ id, label, max }) => checkPart(checks, id, label, max)),
    findingsPart(findings),
    readabilityPart(reading, customer),
  ];
  const total = breakdown.reduce((sum, part) => sum + part.points, 0);
  return { total: Math.max(0, Math.min(100, total)), breakdown };
}
