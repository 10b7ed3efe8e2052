/**
 * A zod schema for the engine's Report — the public shape the CLI writes as JSON lines and the panel, dashboard
 * and tests consume. The type assertion at the bottom fails to compile when `types.ts` and this schema drift
 * apart, so consumers that validate with it validate exactly what the engine promises.
 *
 * The schema checks shape and ranges; `reportSpanErrors` checks what only the texts can tell: that every span
 * lies inside the text it points into and that a finding's `actual` is the text it covers.
 */
import { z } from 'zod';
import type { CheckId, Report, Span } from './types';

const offset = z.number().int().nonnegative();
export const spanSchema = z
  .object({ start: offset, end: offset })
  .refine((span) => span.start <= span.end, { message: 'span.start must not be after span.end' });

const textSpanSchema = z
  .object({ start: offset, end: offset, text: z.string() })
  .refine((span) => span.start <= span.end, { message: 'span.start must not be after span.end' });

const unitInterval = z.number().min(0).max(1);
export const severitySchema = z.enum(['error', 'warning', 'suggestion']);

export const findingSchema = z.object({
  ruleId: z.string().min(1),
  severity: severitySchema,
  reason: z.string().min(1),
  why: z.string(),
  span: spanSchema,
  actual: z.string(),
  expected: z.array(z.string()),
  url: z.string().optional(),
  source: z.string().optional(),
});

export const emotionSchema = z.enum([
  'frustrated',
  'angry',
  'anxious',
  'confused',
  'disappointed',
  'urgent',
  'grateful',
]);

const customerQuestionSchema = z.object({
  text: z.string(),
  span: spanSchema,
  kind: z.enum(['explicit', 'implicit', 'request']),
  keywords: z.array(z.string()),
});

export const customerAnalysisSchema = z.object({
  emotions: z.array(z.object({ emotion: emotionSchema, intensity: unitInterval, evidence: z.array(textSpanSchema) })),
  primaryEmotion: emotionSchema.nullable(),
  distress: unitInterval,
  stress: z.array(
    z.object({
      kind: z.enum([
        'shouting',
        'repeated-punctuation',
        'repeat-contact',
        'deadline',
        'money',
        'business-impact',
        'threat-to-leave',
        'demand',
        'accusation',
        'sarcasm',
        'sad-face',
      ]),
      text: z.string(),
      span: spanSchema,
    }),
  ),
  questions: z.array(customerQuestionSchema),
  specifics: z.array(
    z.object({
      kind: z.enum(['name', 'order-number', 'product', 'date', 'amount', 'email', 'other']),
      text: z.string(),
      span: spanSchema,
    }),
  ),
  name: z.string().nullable(),
  technicality: unitInterval,
  problem: z.string().nullable(),
  problemDetail: z
    .object({
      topic: z.string().min(1).nullable(),
      kind: z
        .enum(['not-arrived', 'charged-wrongly', 'account-access', 'broken', 'missing', 'slow', 'disagree', 'how-to'])
        .nullable(),
      impact: z.array(z.enum(['deadline', 'money', 'business', 'health'])),
      askedBefore: z.boolean(),
      situation: z
        .enum([
          'hacked',
          'locked-out',
          'suspended',
          'charged-wrongly',
          'refund',
          'not-arrived',
          'crashes',
          'error',
          'not-working',
          'lost-data',
          'missing',
          'slow',
          'decision',
          'how-to',
        ])
        .nullable(),
      topicPlural: z.boolean(),
    })
    .nullable(),
  upset: z.boolean(),
});

const checkFields = {
  status: z.enum(['present', 'missing', 'not-needed']),
  needed: z.boolean(),
  evidence: z.array(spanSchema),
  why: z.string(),
};
/** `not-needed` is only for a check that is absent and not needed (issue 2 §2). */
const consistentStatus = (check: { status: string; needed: boolean }) =>
  !(check.status === 'not-needed' && check.needed);
const statusMessage = { message: "status 'not-needed' contradicts needed: true" };

export const checkSchema = z.object(checkFields).refine(consistentStatus, statusMessage);

export const questionsCheckSchema = z
  .object({
    ...checkFields,
    asked: z.array(customerQuestionSchema),
    answered: z.array(z.object({ question: customerQuestionSchema, answer: spanSchema })),
    unanswered: z.array(customerQuestionSchema),
  })
  .refine(consistentStatus, statusMessage)
  .refine((check) => check.answered.length + check.unanswered.length === check.asked.length, {
    message: 'every asked question must be either answered or unanswered',
  });

export const nextStepsCheckSchema = z
  .object({
    ...checkFields,
    steps: z.array(
      z.object({ what: z.string(), who: z.string().nullable(), when: z.string().nullable(), span: spanSchema }),
    ),
  })
  .refine(consistentStatus, statusMessage);

export const checksSchema = z.object({
  acknowledgement: checkSchema,
  reassurance: checkSchema,
  restatement: checkSchema,
  questions: questionsCheckSchema,
  nextSteps: nextStepsCheckSchema,
  personalization: checkSchema,
  greeting: checkSchema,
  closing: checkSchema,
});

export const reportSchema = z.object({
  version: z.string().min(1),
  customer: customerAnalysisSchema.nullable(),
  checks: checksSchema,
  findings: z.array(findingSchema),
  suggestions: z.array(
    z.object({ kind: z.enum(['acknowledgement', 'reassurance']), text: z.string().min(1), basis: z.string() }),
  ),
  score: z.object({
    total: z.number().min(0).max(100),
    breakdown: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          points: z.number().min(0),
          max: z.number().min(0),
          note: z.string(),
        })
        .refine((part) => part.points <= part.max, { message: 'score part points must not exceed its max' }),
    ),
  }),
  readability: z.object({
    grade: z.number().refine(Number.isFinite, { message: 'grade must be a finite number' }),
    words: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    wordsPerSentence: z.number().nonnegative(),
  }),
  guidelines: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      skipped: z
        .object({ reason: z.literal('time-budget'), rulesApplied: z.number(), rules: z.number(), budgetMs: z.number() })
        .optional(),
    }),
  ),
  elapsedMs: z.number().nonnegative(),
});

/** Parses unknown JSON (a CLI output line, a stored report) into a Report, or throws a ZodError naming the path. */
export function parseReport(value: unknown): Report {
  return reportSchema.parse(value);
}

/** One line per problem found by `reportSpanErrors`: a JSON path and what is wrong there. */
export type SpanError = string;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of one astral character (an emoji, a rare CJK ideograph). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

function spanProblem(path: string, span: Span, text: string, textName: string): SpanError | null {
  if (span.start < 0 || span.end > text.length || span.start > span.end) {
    return `${path}: span ${span.start}..${span.end} lies outside the ${textName} (length ${text.length})`;
  }
  if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end)) {
    return `${path}: span ${span.start}..${span.end} cuts an astral character (emoji) of the ${textName} in half`;
  }
  return null;
}

/**
 * Checks every span of a report against the texts it points into: findings, check evidence and answers into the
 * draft (next steps too); emotion evidence, stress signals, questions and specifics into the customer message.
 * No span may cut an emoji or other astral character in half (applying a fix there would corrupt the text). Returns the
 * problems found (empty when the report is consistent), so a test can show all of them at once.
 */
export function reportSpanErrors(report: Report, texts: { draft: string; customer?: string | null }): SpanError[] {
  const { draft } = texts;
  const customer = texts.customer ?? '';
  const errors: SpanError[] = [];
  const inDraft = (path: string, span: Span) => {
    const problem = spanProblem(path, span, draft, 'draft');
    if (problem) errors.push(problem);
    return problem === null;
  };
  const inCustomer = (path: string, span: Span, text?: string) => {
    const problem = spanProblem(path, span, customer, 'customer message');
    if (problem) errors.push(problem);
    else if (text !== undefined && customer.slice(span.start, span.end) !== text) {
      errors.push(`${path}: text ${JSON.stringify(text)} is not the customer text it covers`);
    }
  };

  report.findings.forEach((finding, index) => {
    const path = `findings[${index}] (${finding.ruleId})`;
    if (inDraft(path, finding.span) && draft.slice(finding.span.start, finding.span.end) !== finding.actual) {
      errors.push(
        `${path}: actual ${JSON.stringify(finding.actual)} differs from the draft's ${JSON.stringify(draft.slice(finding.span.start, finding.span.end))}`,
      );
    }
  });
  for (const id of Object.keys(report.checks) as CheckId[]) {
    report.checks[id].evidence.forEach((span, index) => inDraft(`checks.${id}.evidence[${index}]`, span));
  }
  report.checks.nextSteps.steps.forEach((step, index) => inDraft(`checks.nextSteps.steps[${index}]`, step.span));
  const questions = report.checks.questions;
  questions.answered.forEach(({ answer }, index) => inDraft(`checks.questions.answered[${index}].answer`, answer));
  questions.asked.forEach((question, index) => inCustomer(`checks.questions.asked[${index}]`, question.span));
  questions.unanswered.forEach((question, index) => inCustomer(`checks.questions.unanswered[${index}]`, question.span));

  const analysis = report.customer;
  if (analysis) {
    analysis.emotions.forEach((reading, index) =>
      reading.evidence.forEach((evidence, at) =>
        inCustomer(`customer.emotions[${index}].evidence[${at}]`, evidence, evidence.text),
      ),
    );
    analysis.stress.forEach((signal, index) => inCustomer(`customer.stress[${index}]`, signal.span));
    analysis.questions.forEach((question, index) => inCustomer(`customer.questions[${index}]`, question.span));
    analysis.specifics.forEach((specific, index) => inCustomer(`customer.specifics[${index}]`, specific.span));
  }
  return errors;
}

// Compile-time guarantee that the schema and the Report type describe the same shape, in both directions
// (flattened first, because `Span & { text }` and `{ start; end; text }` are the same shape but not the same type).
type Flatten<T> = T extends object ? { [K in keyof T]: Flatten<T[K]> } : T;
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesReport: Equals<Flatten<z.infer<typeof reportSchema>>, Flatten<Report>> = true;
void schemaMatchesReport;
