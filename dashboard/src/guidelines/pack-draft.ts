/**
 * The guideline editor's form state and its conversion to and from the engine's GuidelinePack. The form keeps
 * every field as the text the lead typed (lists one item per line), so nothing they typed is lost while it is
 * still invalid; validation happens on the converted pack and its errors are mapped back onto form fields.
 */
import type { GuidelinePack, GuidelineRule, Phrase, Severity } from '../../../lib/coach/types';

export type RuleKind = GuidelineRule['kind'];
export type LimitMetric = Extract<GuidelineRule, { kind: 'limit' }>['metric'];
export type RequireWhere = Extract<GuidelineRule, { kind: 'require' }>['where'];

export const RULE_KINDS: ReadonlyArray<{ kind: RuleKind; label: string; help: string }> = [
  { kind: 'avoid', label: 'Avoid a phrase', help: 'Flags phrases agents should not use, with better wording.' },
  { kind: 'prefer', label: 'Prefer a term', help: 'Suggests the team’s word in place of another one.' },
  { kind: 'require', label: 'Require a phrase', help: 'Reminds agents to include a phrase, e.g. in the greeting.' },
  { kind: 'limit', label: 'Set a limit', help: 'Keeps sentences, paragraphs or replies short and easy to read.' },
];

export const LIMIT_METRICS: ReadonlyArray<{ metric: LimitMetric; label: string }> = [
  { metric: 'sentence-words', label: 'Words per sentence' },
  { metric: 'reading-grade', label: 'Reading grade (school year)' },
  { metric: 'paragraph-sentences', label: 'Sentences per paragraph' },
  { metric: 'draft-words', label: 'Words in the whole reply' },
];

export const REQUIRE_PLACES: ReadonlyArray<{ where: RequireWhere; label: string }> = [
  { where: 'greeting', label: 'In the greeting' },
  { where: 'closing', label: 'In the closing' },
  { where: 'anywhere', label: 'Anywhere in the reply' },
];

/** A line starting with this prefix is compromise match syntax ("match: [#Adverb] sorry"), not literal text. */
export const MATCH_PREFIX = 'match:';

export interface RuleDraft {
  /** Stable React key; never sent. */
  key: string;
  kind: RuleKind;
  id: string;
  message: string;
  why: string;
  severity: Severity | '';
  /** The team's own page about this rule (a Vale rule's `link`). */
  url: string;
  /** avoid / require: one phrase per line. */
  phrases: string;
  /** avoid: one replacement per line. */
  replacements: string;
  /** prefer */
  term: string;
  preferred: string;
  /** require */
  where: RequireWhere;
  /** limit */
  metric: LimitMetric;
  max: string;
}

export interface PackDraft {
  id: string;
  name: string;
  description: string;
  /** Built-in rule ids or families to turn off, one per line. */
  disable: string;
  rules: RuleDraft[];
  /** What an import skipped or changed: shown, kept, never edited. */
  notes: string[];
}

let keyCounter = 0;
function nextKey(): string {
  keyCounter += 1;
  return `rule-${keyCounter}`;
}

export function emptyRule(kind: RuleKind, existingIds: readonly string[] = []): RuleDraft {
  let n = 1;
  while (existingIds.includes(`${kind}-${n}`)) n += 1;
  return {
    key: nextKey(),
    kind,
    id: `${kind}-${n}`,
    message: '',
    why: '',
    severity: '',
    url: '',
    phrases: '',
    replacements: '',
    term: '',
    preferred: '',
    where: 'anywhere',
    metric: 'sentence-words',
    max: '',
  };
}

export function emptyPack(): PackDraft {
  return { id: '', name: '', description: '', disable: '', rules: [], notes: [] };
}

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function parsePhrase(line: string): Phrase {
  const trimmed = line.trim();
  if (trimmed.toLowerCase().startsWith(MATCH_PREFIX)) return { match: trimmed.slice(MATCH_PREFIX.length).trim() };
  return trimmed;
}

export function formatPhrase(phrase: Phrase): string {
  return typeof phrase === 'string' ? phrase : `${MATCH_PREFIX} ${phrase.match}`;
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Number typed in a form field; NaN when it is not a number, so validation reports it instead of dropping it. */
function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function withCommon<T extends object>(rule: T, draft: RuleDraft): T {
  const why = optional(draft.why);
  const url = optional(draft.url);
  return {
    ...rule,
    ...(why ? { why } : {}),
    ...(url ? { url } : {}),
    ...(draft.severity ? { severity: draft.severity } : {}),
  };
}

export function draftToRule(draft: RuleDraft): GuidelineRule {
  const id = draft.id.trim();
  switch (draft.kind) {
    case 'avoid': {
      const replacements = lines(draft.replacements);
      return withCommon(
        {
          kind: 'avoid' as const,
          id,
          phrases: lines(draft.phrases).map(parsePhrase),
          message: draft.message.trim(),
          ...(replacements.length > 0 ? { replacements } : {}),
        },
        draft,
      );
    }
    case 'prefer': {
      const message = optional(draft.message);
      return withCommon(
        {
          kind: 'prefer' as const,
          id,
          term: parsePhrase(draft.term),
          preferred: draft.preferred.trim(),
          ...(message ? { message } : {}),
        },
        draft,
      );
    }
    case 'require':
      return withCommon(
        {
          kind: 'require' as const,
          id,
          where: draft.where,
          phrases: lines(draft.phrases).map(parsePhrase),
          message: draft.message.trim(),
        },
        draft,
      );
    case 'limit': {
      const message = optional(draft.message);
      return withCommon(
        {
          kind: 'limit' as const,
          id,
          metric: draft.metric,
          max: parseNumber(draft.max),
          ...(message ? { message } : {}),
        },
        draft,
      );
    }
  }
}

/** The pack as the engine and the backend take it. `version` is assigned by the backend on save. */
export function draftToPack(draft: PackDraft, version = 0): GuidelinePack {
  const description = optional(draft.description);
  const disable = lines(draft.disable);
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    version,
    ...(description ? { description } : {}),
    ...(disable.length > 0 ? { disable } : {}),
    rules: draft.rules.map(draftToRule),
    ...(draft.notes.length > 0 ? { notes: draft.notes } : {}),
  };
}

export function ruleToDraft(rule: GuidelineRule): RuleDraft {
  const base = {
    ...emptyRule(rule.kind),
    id: rule.id,
    why: rule.why ?? '',
    severity: rule.severity ?? ('' as const),
    url: rule.url ?? '',
  };
  switch (rule.kind) {
    case 'avoid':
      return {
        ...base,
        phrases: rule.phrases.map(formatPhrase).join('\n'),
        message: rule.message,
        replacements: (rule.replacements ?? []).join('\n'),
      };
    case 'prefer':
      return { ...base, term: formatPhrase(rule.term), preferred: rule.preferred, message: rule.message ?? '' };
    case 'require':
      return { ...base, where: rule.where, phrases: rule.phrases.map(formatPhrase).join('\n'), message: rule.message };
    case 'limit':
      return { ...base, metric: rule.metric, max: String(rule.max), message: rule.message ?? '' };
  }
}

export function packToDraft(pack: GuidelinePack): PackDraft {
  return {
    id: pack.id,
    name: pack.name,
    description: pack.description ?? '',
    disable: (pack.disable ?? []).join('\n'),
    rules: pack.rules.map(ruleToDraft),
    notes: pack.notes ?? [],
  };
}

/** One validation problem, located by its path in the pack (as zod reports it). */
export interface PackIssue {
  /** As zod reports it (["rules", 2, "phrases"]) or as the backend sends it ("rules.2.phrases"). */
  path: ReadonlyArray<PropertyKey> | string;
  message: string;
}

function pathSegments(path: ReadonlyArray<PropertyKey> | string): PropertyKey[] {
  if (typeof path !== 'string') return [...path];
  if (path === '') return [];
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Form-field key of an issue: "name", "rules.2.phrases", … — rule-level problems land on the rule's own field. */
export function fieldKey(issuePath: ReadonlyArray<PropertyKey> | string): string {
  const path = pathSegments(issuePath);
  // Problems inside a list item ("phrases.3") belong to the list's field: the form edits the list as one box.
  const [first, second, third] = path;
  if (first === 'rules' && typeof second === 'number') {
    if (third === undefined) return `rules.${second}`;
    return `rules.${second}.${String(third)}`;
  }
  return first === undefined ? 'pack' : String(first);
}

/** Groups issues by form field, keeping the first message per field (the one to fix first). */
export function errorsByField(issues: readonly PackIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    errors[key] ??= issue.message;
  }
  return errors;
}
