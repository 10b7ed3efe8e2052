/**
 * A progress event: counters and outcomes of one reviewed or sent reply — never text. Every object is strict,
 * so a client that tries to send a field we do not know (a draft, a customer message) gets a 400, not silence.
 * Rule ids are shaped like `family/name` so no free text can ride along in a key.
 */
import { z } from 'zod';

export const MAX_EVENTS_PER_BATCH = 500;
export const MAX_RULE_IDS_PER_EVENT = 50;

const checkOutcome = z.enum(['present', 'missing', 'not-needed']);

export const eventChecksSchema = z.strictObject({
  acknowledgement: checkOutcome.optional(),
  reassurance: checkOutcome.optional(),
  restatement: checkOutcome.optional(),
  questions: checkOutcome.optional(),
  nextSteps: checkOutcome.optional(),
  personalization: checkOutcome.optional(),
  greeting: checkOutcome.optional(),
  closing: checkOutcome.optional(),
});

export const ruleIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9._-]*)+$/, 'a rule id like "family/name"');

const count = (max: number) => z.number().int().min(0).max(max);

export const progressEventSchema = z.strictObject({
  /** Made by the client (a UUID or similar), unique per agent: the idempotency key. */
  id: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-" only'),
  kind: z.enum(['reviewed', 'sent']),
  /** The device's clock (ISO 8601). */
  occurredAt: z.iso.datetime({ offset: true }),
  score: count(100),
  checks: eventChecksSchema,
  questions: z.strictObject({ asked: count(100), unanswered: count(100) }).optional(),
  ruleCounts: z
    .record(ruleIdSchema, z.number().int().min(1).max(1000))
    .refine((counts) => Object.keys(counts).length <= MAX_RULE_IDS_PER_EVENT, {
      message: `at most ${MAX_RULE_IDS_PER_EVENT} rule ids per event`,
    }),
  suggestionsApplied: count(1000),
  engineVersion: z
    .string()
    .max(40)
    .regex(/^[0-9A-Za-z.+-]+$/)
    .optional(),
});

export const eventBatchSchema = z.strictObject({
  events: z
    .array(progressEventSchema)
    .min(1)
    .max(MAX_EVENTS_PER_BATCH)
    .refine((events) => new Set(events.map((e) => e.id)).size === events.length, {
      message: 'event ids must be unique within a batch',
    }),
});

export type ProgressEvent = z.infer<typeof progressEventSchema>;
export type EventBatch = z.infer<typeof eventBatchSchema>;
