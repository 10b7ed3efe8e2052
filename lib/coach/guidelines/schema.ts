/**
 * Guideline packs are data a team lead writes (or imports from Vale) and the server stores: this zod schema is
 * the one definition both sides validate with. An invalid pack is rejected with an error that names the rule
 * (index and id) and the field, so the dashboard can point at the exact line.
 */
import nlp from 'compromise/two';
import { z } from 'zod';
import type { GuidelinePack, Phrase } from '../types';
import { MAX_NOTES_PER_PACK, MAX_PHRASES_PER_RULE, MAX_RULES_PER_PACK } from './limits';
import { controlCharacterProblem, type TextLines } from './safe-text';
import { patternProblem } from '../matcher/pattern-check';

/** A string without control characters (tab and line breaks allowed where `lines` is multi-line). */
function text(lines: TextLines = 'single-line') {
  return z.string().superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value, lines);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

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
  const unmatchable = patternProblem(match);
  return unmatchable ? `this match phrase ${unmatchable}` : null;
}

const literalPhraseSchema = text()
  .trim()
  .min(1, 'a phrase must not be empty')
  .max(200, 'a phrase must be at most 200 characters')
  .refine((phrase) => /[\p{L}\p{N}]/u.test(phrase), 'a phrase needs at least one letter or digit');

const matchShape = z.object({ match: text().trim().min(1, 'a match phrase must not be empty').max(200) }).strict();

const matchPhraseSchema = matchShape.superRefine((phrase, ctx) => {
  const problem = matchSyntaxProblem(phrase.match);
  if (problem) ctx.addIssue({ code: 'custom', path: ['match'], message: problem });
});

const PHRASE_ERROR = 'a phrase is a string, or { "match": "<compromise match syntax>" }';
export const phraseSchema = z.union([literalPhraseSchema, matchPhraseSchema], { error: PHRASE_ERROR });
/** A phrase of the right shape whose match syntax is not parsed yet (measureGuidelinePack parses it). */
const phraseShapeSchema = z.union([literalPhraseSchema, matchShape], { error: PHRASE_ERROR });

const severitySchema = z.enum(['error', 'warning', 'suggestion']);
const ruleIdSchema = text()
  .trim()
  .min(1, 'a rule needs an id')
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, 'an id uses letters, digits, ".", "_", ":", "/" and "-" only');

const base = {
  id: ruleIdSchema,
  why: text('multi-line').max(1000).optional(),
  severity: severitySchema.optional(),
  url: text().max(2000).optional(),
};

/** The rule and pack schemas, built around one phrase schema: with match syntax checked, or shape only. */
function schemasWith(phrase: typeof phraseSchema | typeof phraseShapeSchema) {
  const phrases = z.array(phrase).max(MAX_PHRASES_PER_RULE, `a rule lists at most ${MAX_PHRASES_PER_RULE} phrases`);
  const avoidSchema = z
    .object({
      ...base,
      kind: z.literal('avoid'),
      phrases: phrases.min(1, 'list at least one phrase to avoid'),
      message: text('multi-line').trim().min(1, 'say why to avoid these phrases').max(500),
      replacements: z.array(text().max(200)).max(50).optional(),
    })
    .strict();

  const preferSchema = z
    .object({
      ...base,
      kind: z.literal('prefer'),
      term: phrase,
      preferred: text().trim().min(1, 'name the preferred term').max(200),
      message: text('multi-line').max(500).optional(),
    })
    .strict();

  const requireSchema = z
    .object({
      ...base,
      kind: z.literal('require'),
      where: z.enum(['greeting', 'closing', 'anywhere']),
      phrases: phrases.min(1, 'list at least one accepted phrase'),
      message: text('multi-line').trim().min(1, 'say what is required').max(500),
    })
    .strict();

  const limitSchema = z
    .object({
      ...base,
      kind: z.literal('limit'),
      metric: z.enum(['sentence-words', 'reading-grade', 'paragraph-sentences', 'draft-words']),
      max: z.number().positive('max must be above 0').max(100_000),
      message: text('multi-line').max(500).optional(),
    })
    .strict();

  const rule = z.discriminatedUnion('kind', [avoidSchema, preferSchema, requireSchema, limitSchema], {
    error: 'kind must be one of "avoid", "prefer", "require", "limit"',
  });

  const pack = z
    .object({
      id: ruleIdSchema,
      name: text().trim().min(1, 'a pack needs a name').max(200),
      version: z.number().int().nonnegative(),
      description: text('multi-line').max(5000).optional(),
      disable: z.array(text().trim().min(1).max(200)).max(500).optional(),
      rules: z.array(rule).max(MAX_RULES_PER_PACK, `a pack holds at most ${MAX_RULES_PER_PACK} rules`),
      notes: z
        .array(text('multi-line').max(2000))
        .max(MAX_NOTES_PER_PACK, `a pack keeps at most ${MAX_NOTES_PER_PACK} notes`)
        .optional(),
    })
    .strict()
    .superRefine((pack, ctx) => {
      const seen = new Map<string, number>();
      pack.rules.forEach((rule, index) => {
        const first = seen.get(rule.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'id'],
            message: `duplicate id (rule ${first} has it too)`,
          });
        } else {
          seen.set(rule.id, index);
        }
      });
    });
  return { rule, pack };
}

const checked = schemasWith(phraseSchema);
export const guidelineRuleSchema = checked.rule;
/** A complete pack, match syntax included (synchronous: parses every match phrase). */
export const guidelinePackSchema = checked.pack;
/**
 * The pack's shape and every field but the match syntax: cheap enough to run while a request is parsed. Follow
 * it with `measureGuidelinePack` (budget.ts), which parses the match phrases and measures their cost in slices.
 */
export const guidelinePackShapeSchema = schemasWith(phraseShapeSchema).pack;

// Compile-time check that the schema and the engine's GuidelinePack type describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof guidelinePackSchema>, GuidelinePack> = true;
const shapeMatchesType: Same<z.infer<typeof guidelinePackShapeSchema>, GuidelinePack> = true;
void schemaMatchesType;
void shapeMatchesType;

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
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** One line per zod issue, naming the rule (index and id) and the field. */
export function describeIssues(
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>,
  input: unknown,
): string[] {
  return issues.map((issue) => `${describePath(issue.path, input)}: ${issue.message}`);
}

/** The error for a pack with these problems. */
export function packError(json: unknown, problems: string[]): GuidelinePackError {
  const packId = (json as { id?: unknown } | null)?.id;
  const name = typeof packId === 'string' ? `Guideline pack "${packId}"` : 'Guideline pack';
  return new GuidelinePackError(`${name} is invalid — ${problems.join('; ')}`, problems);
}

/**
 * Validates a pack's shape and match syntax, synchronously; throws a `GuidelinePackError` naming each bad rule
 * and field. Its cost is checked by `checkGuidelinePack` (budget.ts), which every writer of packs awaits.
 */
export function parseGuidelinePack(json: unknown): GuidelinePack {
  const result = guidelinePackSchema.safeParse(json);
  if (result.success) return result.data;
  throw packError(json, describeIssues(result.error.issues, json));
}

/** A pack as it can be applied, with what had to be left out of it (one line per problem, as `parseGuidelinePack`). */
export interface SalvagedPack {
  pack: GuidelinePack | null;
  problems: string[];
}

type ShapedRule = GuidelinePack['rules'][number];

/** The rule without its phrases that fail the match-syntax check, or null when nothing usable is left of it. */
function withoutBadPhrases(rule: ShapedRule, index: number, json: unknown, problems: string[]): ShapedRule | null {
  const problemOf = (phrase: Phrase, field: readonly PropertyKey[]) => {
    const problem = typeof phrase === 'string' ? null : matchSyntaxProblem(phrase.match);
    if (problem) problems.push(`${describePath(['rules', index, ...field, 'match'], json)}: ${problem}`);
    return problem;
  };
  const leftOut = () => {
    problems.push(`${describePath(['rules', index], json)}: left out, as none of its phrases can be matched`);
    return null;
  };
  if (rule.kind === 'prefer') return problemOf(rule.term, ['term']) ? leftOut() : rule;
  if (rule.kind === 'limit') return rule;
  const phrases = rule.phrases.filter((phrase, at) => !problemOf(phrase, ['phrases', at]));
  if (phrases.length === rule.phrases.length) return rule;
  return phrases.length > 0 ? { ...rule, phrases } : leftOut();
}

/**
 * Like `parseGuidelinePack`, but a match phrase that fails its syntax check costs only that phrase (or its rule,
 * when no phrase of it is left), not the whole pack: a pack stored under an older check keeps coaching with the
 * rest of its rules, and the problems say what was left out. A pack whose shape is wrong is still refused whole.
 */
export function salvageGuidelinePack(json: unknown): SalvagedPack {
  const whole = guidelinePackSchema.safeParse(json);
  if (whole.success) return { pack: whole.data, problems: [] };
  const shape = guidelinePackShapeSchema.safeParse(json);
  if (!shape.success) return { pack: null, problems: describeIssues(whole.error.issues, json) };
  const problems: string[] = [];
  const rules = shape.data.rules.flatMap((rule, index) => withoutBadPhrases(rule, index, json, problems) ?? []);
  const kept = guidelinePackSchema.safeParse({ ...shape.data, rules });
  if (!kept.success) return { pack: null, problems: describeIssues(whole.error.issues, json) };
  return { pack: kept.data, problems };
}
