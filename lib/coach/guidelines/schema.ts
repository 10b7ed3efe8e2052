/**
 * Guideline packs are data a team lead writes (or imports from Vale) and the server stores: this zod schema is
 * the one definition both sides validate with. An invalid pack is rejected with an error that names the rule
 * (index and id) and the field, so the dashboard can point at the exact line.
 */
import nlp from 'compromise';
import { z } from 'zod';
import type { GuidelinePack } from '../types';

/** Why a compromise match string is unsafe or broken, or null when it is fine. */
export function matchSyntaxProblem(match: string): string | null {
  // compromise lets `/…/` terms run a regular expression; packs are user data, so never accept one.
  if (/(^|\s|\(|\|)\//u.test(match)) return 'regular expressions (/…/) are not allowed in match phrases';
  let parsed: object[];
  try {
    parsed = nlp.parseMatch(match) as object[];
  } catch (error) {
    return `not valid compromise match syntax (${error instanceof Error ? error.message : String(error)})`;
  }
  if (parsed.length === 0) return 'the match phrase is empty';
  if (parsed.some((token) => 'regex' in token)) return 'regular expressions (/…/) are not allowed in match phrases';
  return null;
}

const literalPhraseSchema = z
  .string()
  .trim()
  .min(1, 'a phrase must not be empty')
  .max(200, 'a phrase must be at most 200 characters')
  .refine((phrase) => /[\p{L}\p{N}]/u.test(phrase), 'a phrase needs at least one letter or digit');

const matchPhraseSchema = z
  .object({ match: z.string().trim().min(1, 'a match phrase must not be empty').max(200) })
  .strict()
  .superRefine((phrase, ctx) => {
    const problem = matchSyntaxProblem(phrase.match);
    if (problem) ctx.addIssue({ code: 'custom', path: ['match'], message: problem });
  });

export const phraseSchema = z.union([literalPhraseSchema, matchPhraseSchema], {
  error: 'a phrase is a string, or { "match": "<compromise match syntax>" }',
});

const severitySchema = z.enum(['error', 'warning', 'suggestion']);
const ruleIdSchema = z
  .string()
  .trim()
  .min(1, 'a rule needs an id')
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, 'an id uses letters, digits, ".", "_", ":", "/" and "-" only');

const base = {
  id: ruleIdSchema,
  why: z.string().max(1000).optional(),
  severity: severitySchema.optional(),
  url: z.string().max(2000).optional(),
};

const avoidSchema = z
  .object({
    ...base,
    kind: z.literal('avoid'),
    phrases: z.array(phraseSchema).min(1, 'list at least one phrase to avoid'),
    message: z.string().trim().min(1, 'say why to avoid these phrases').max(500),
    replacements: z.array(z.string().max(200)).optional(),
  })
  .strict();

const preferSchema = z
  .object({
    ...base,
    kind: z.literal('prefer'),
    term: phraseSchema,
    preferred: z.string().trim().min(1, 'name the preferred term').max(200),
    message: z.string().max(500).optional(),
  })
  .strict();

const requireSchema = z
  .object({
    ...base,
    kind: z.literal('require'),
    where: z.enum(['greeting', 'closing', 'anywhere']),
    phrases: z.array(phraseSchema).min(1, 'list at least one accepted phrase'),
    message: z.string().trim().min(1, 'say what is required').max(500),
  })
  .strict();

const limitSchema = z
  .object({
    ...base,
    kind: z.literal('limit'),
    metric: z.enum(['sentence-words', 'reading-grade', 'paragraph-sentences', 'draft-words']),
    max: z.number().positive('max must be above 0').max(100_000),
    message: z.string().max(500).optional(),
  })
  .strict();

export const guidelineRuleSchema = z.discriminatedUnion('kind', [avoidSchema, preferSchema, requireSchema, limitSchema], {
  error: 'kind must be one of "avoid", "prefer", "require", "limit"',
});

export const guidelinePackSchema = z
  .object({
    id: ruleIdSchema,
    name: z.string().trim().min(1, 'a pack needs a name').max(200),
    version: z.number().int().nonnegative(),
    description: z.string().max(5000).optional(),
    disable: z.array(z.string().trim().min(1)).optional(),
    rules: z.array(guidelineRuleSchema).max(2000, 'a pack holds at most 2000 rules'),
    notes: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Map<string, number>();
    pack.rules.forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate id (rule ${first} has it too)` });
      } else {
        seen.set(rule.id, index);
      }
    });
  });

// Compile-time check that the schema and the engine's GuidelinePack type describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof guidelinePackSchema>, GuidelinePack> = true;
void schemaMatchesType;

export class GuidelinePackError extends Error {
  constructor(
    message: string,
    /** One line per problem, each naming the rule and the field. */
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'GuidelinePackError';
  }
}

function describePath(path: readonly PropertyKey[], input: unknown): string {
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const index = path[1];
    const rules = (input as { rules?: unknown } | null)?.rules;
    const raw = Array.isArray(rules) ? (rules[index] as { id?: unknown } | undefined) : undefined;
    const id = raw && typeof raw.id === 'string' && raw.id.trim() ? ` "${raw.id}"` : '';
    const field = formatField(path.slice(2));
    return `rule ${index}${id}${field ? `, field ${field}` : ''}`;
  }
  const field = formatField(path);
  return field ? `field ${field}` : 'the pack';
}

function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Validates a pack; throws a `GuidelinePackError` naming each bad rule and field. */
export function parseGuidelinePack(json: unknown): GuidelinePack {
  const result = guidelinePackSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${describePath(issue.path, json)}: ${issue.message}`);
  const packId = (json as { id?: unknown } | null)?.id;
  const name = typeof packId === 'string' ? `Guideline pack "${packId}"` : 'Guideline pack';
  throw new GuidelinePackError(`${name} is invalid — ${problems.join('; ')}`, problems);
}
