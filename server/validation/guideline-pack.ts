/**
 * The guideline pack format the engine applies (`GuidelinePack` in lib/coach/types.ts), validated at the edge.
 * The engine engineers are writing their own zod schema under lib/coach/guidelines/; until it lands this mirrors
 * the type, and the assignability checks below fail to compile if the two drift apart.
 */
import { z } from 'zod';
import type { GuidelinePack } from '../../lib/coach/types';

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-" only');
const text = (max: number) => z.string().trim().min(1).max(max);
const severity = z.enum(['error', 'warning', 'suggestion']);
const phrase = z.union([text(200), z.strictObject({ match: text(200) })]);
const phrases = z.array(phrase).min(1).max(200);

const avoid = z.strictObject({
  kind: z.literal('avoid'),
  id,
  phrases,
  message: text(300),
  why: text(500).optional(),
  replacements: z.array(text(200)).max(20).optional(),
  severity: severity.optional(),
});
const prefer = z.strictObject({
  kind: z.literal('prefer'),
  id,
  term: phrase,
  preferred: text(200),
  message: text(300).optional(),
  why: text(500).optional(),
  severity: severity.optional(),
});
const require_ = z.strictObject({
  kind: z.literal('require'),
  id,
  where: z.enum(['greeting', 'closing', 'anywhere']),
  phrases,
  message: text(300),
  why: text(500).optional(),
  severity: severity.optional(),
});
const limit = z.strictObject({
  kind: z.literal('limit'),
  id,
  metric: z.enum(['sentence-words', 'reading-grade', 'paragraph-sentences', 'draft-words']),
  max: z.number().positive().max(10_000),
  message: text(300).optional(),
  why: text(500).optional(),
  severity: severity.optional(),
});

export const guidelinePackSchema = z
  .strictObject({
    id,
    name: text(120),
    version: z.number().int().min(0).max(1_000_000),
    description: text(1000).optional(),
    disable: z.array(text(100)).max(200).optional(),
    rules: z.array(z.discriminatedUnion('kind', [avoid, prefer, require_, limit])).max(500),
  })
  .refine((pack) => new Set(pack.rules.map((r) => r.id)).size === pack.rules.length, {
    message: 'rule ids must be unique within a pack',
    path: ['rules'],
  });

// Compile-time guard: the schema's output is a GuidelinePack and every GuidelinePack passes its shape.
type Parsed = z.infer<typeof guidelinePackSchema>;
export const parsedIsPack: (p: Parsed) => GuidelinePack = (p) => p;
export const packIsParsed: (p: GuidelinePack) => Parsed = (p) => p;
