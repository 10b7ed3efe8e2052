/**
 * Import a Vale style (a folder of YAML rules: https://vale.sh/docs) into a guideline pack.
 *
 * Vale rules match with regular expressions; Attune never runs regular expressions from user data. So a Vale
 * pattern is imported only when it is plain text or a small, safe subset of regex syntax that expands to a
 * finite list of literal phrases: alternation (`a|b`), groups (`(?:give|gave) rise to`), optional characters
 * and groups (`e-?mail`), escaped punctuation and `\s`. Everything else — `raw`, character classes,
 * repetition, lookarounds, capture references, `nonword` rules — is skipped with a note saying why.
 *
 * Supported kinds: `existence` → avoid; `substitution` → prefer (one suggestion) or avoid (several, or a
 * removal); `occurrence` of words per sentence → limit `sentence-words`; `readability` with Flesch-Kincaid →
 * limit `reading-grade`.
 */
import { parse as parseYaml } from 'yaml';
import type { GuidelinePack, GuidelineRule, Severity } from '../types';
import { checkGuidelinePackSync } from './budget';
import { MAX_NOTES_PER_PACK, MAX_PHRASES_PER_PACK, MAX_PHRASES_PER_RULE, MAX_RULES_PER_PACK } from './limits';

/**
 * Limits the import enforces as it reads, before the work they bound: a file is measured before it is parsed, a
 * token or swap list is counted before it is expanded, and rules and phrases are counted as they are made — so a
 * style far over a limit fails in milliseconds, not after converting everything.
 */
export const MAX_VALE_FILES = 500;
export const MAX_VALE_FILE_CHARS = 128 * 1024;
export const MAX_VALE_TOTAL_CHARS = 2 * 1024 * 1024;
/** Tokens of one existence rule, or swap entries of one substitution rule. */
export const MAX_VALE_LIST = 2000;

export class ValeImportError extends Error {
  override name = 'ValeImportError';
}

export interface ValeFile {
  /** The file's path or name, e.g. "Microsoft/Contractions.yml"; the base name becomes the rule name. */
  name: string;
  yaml: string;
}

/** A regex that expands to more alternatives than this is not a phrase list. */
const MAX_EXPANSIONS = 200;

/**
 * Expands a Vale pattern to the literal phrases it matches, or null when it uses anything beyond the safe
 * subset (then the caller skips it with a note).
 */
export function expandValePattern(pattern: string): string[] | null {
  const source = pattern.replace(/^\(\?i\)/u, '');
  let pos = 0;

  const cross = (left: string[], right: string[]): string[] | null => {
    if (left.length * right.length > MAX_EXPANSIONS) return null;
    return left.flatMap((a) => right.map((b) => a + b));
  };

  function alternation(): string[] | null {
    const alternatives: string[] = [];
    for (;;) {
      const branch = sequence();
      if (!branch) return null;
      alternatives.push(...branch);
      if (alternatives.length > MAX_EXPANSIONS) return null;
      if (source[pos] !== '|') return alternatives;
      pos += 1;
    }
  }

  function atom(): string[] | null {
    const char = source[pos];
    if (char === undefined) return null;
    if (char === '(') {
      pos += 1;
      if (source.startsWith('?:', pos)) pos += 2;
      else if (source[pos] === '?') return null; // lookaround or named group
      const inner = alternation();
      if (!inner || source[pos] !== ')') return null;
      pos += 1;
      return inner;
    }
    if (char === '\\') {
      const next = source[pos + 1];
      pos += 2;
      if (next === 's') return [' '];
      if (next === 'b') return [''];
      if (next !== undefined && /[.\-'’()[\]{}?*+|^$\\/&#:!,"]/u.test(next)) return [next];
      return null; // \w, \d, \S, back-references…
    }
    if (/[[\]{}*+^$.?]/u.test(char)) return null;
    pos += 1;
    return [char];
  }

  function sequence(): string[] | null {
    let results: string[] | null = [''];
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      let part = atom();
      if (!part) return null;
      if (source[pos] === '?') {
        pos += 1;
        part = [...part, ''];
      }
      results = cross(results, part);
      if (!results) return null;
    }
    return results;
  }

  const expanded = alternation();
  if (!expanded || pos !== source.length) return null;
  const phrases = [
    ...new Set(
      expanded.map((phrase) => phrase.replace(/\s+/gu, ' ').trim()).filter((phrase) => /[\p{L}\p{N}]/u.test(phrase)),
    ),
  ];
  return phrases.length > 0 ? phrases : null;
}

interface ValeRuleYaml {
  extends?: unknown;
  message?: unknown;
  level?: unknown;
  link?: unknown;
  ignorecase?: unknown;
  nonword?: unknown;
  tokens?: unknown;
  raw?: unknown;
  swap?: unknown;
  exceptions?: unknown;
  scope?: unknown;
  max?: unknown;
  token?: unknown;
  grade?: unknown;
  metrics?: unknown;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', suggestion: 'suggestion' };

function baseName(name: string): string {
  const file = name.split(/[\\/]/u).pop() ?? name;
  return file.replace(/\.ya?ml$/iu, '');
}

function styleName(files: ValeFile[]): string {
  const folders = new Set(
    files.map((file) => file.name.split(/[\\/]/u).slice(-2, -1)[0]).filter((folder): folder is string => !!folder),
  );
  return folders.size === 1 ? [...folders][0]! : 'Vale';
}

function slug(text: string): string {
  return text.replace(/[^\p{L}\p{N}._:/-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'rule';
}

function stringList(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return null;
}

/** Vale's swap is a map, or a list of one-entry maps. */
function swapEntries(swap: unknown): Array<[string, string]> | null {
  const entries: Array<[string, string]> = [];
  const add = (map: object): boolean => {
    for (const [key, value] of Object.entries(map)) {
      if (typeof value !== 'string' && value !== null) return false;
      entries.push([key, value ?? '']);
    }
    return true;
  };
  if (Array.isArray(swap)) {
    for (const item of swap) if (!item || typeof item !== 'object' || !add(item as object)) return null;
    return entries;
  }
  if (swap && typeof swap === 'object') return add(swap) ? entries : null;
  return null;
}

function quoteList(items: string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Fills the first `%s` of a substitution message (the suggestion), leaving the second for the matched text. */
function fillSuggestion(message: string, suggestion: string): string {
  return message.replace(/'?%s'?/u, suggestion);
}

interface Converted {
  rules: GuidelineRule[];
  notes: string[];
}

function convertExistence(
  id: string,
  file: string,
  rule: ValeRuleYaml,
  common: Pick<GuidelineRule, 'severity' | 'url'>,
): Converted {
  const notes: string[] = [];
  const tokens = stringList(rule.tokens);
  if (!tokens || tokens.length === 0)
    return { rules: [], notes: [`${file}: skipped — an existence rule needs \`tokens\``] };
  if (tokens.length > MAX_VALE_LIST)
    throw new ValeImportError(`${file}: ${tokens.length} tokens; an imported rule lists at most ${MAX_VALE_LIST}`);
  const phrases: string[] = [];
  for (const token of tokens) {
    const expanded = expandValePattern(token);
    if (phrases.length + (expanded?.length ?? 0) > MAX_PHRASES_PER_RULE) {
      throw new ValeImportError(
        `${file}: its tokens expand to more than ${MAX_PHRASES_PER_RULE} phrases, the most one rule may list; split the rule`,
      );
    }
    if (expanded) phrases.push(...expanded);
    else notes.push(`${file}: token “${token}” skipped — it uses regular-expression syntax beyond plain alternatives`);
  }
  if (phrases.length === 0) return { rules: [], notes: [...notes, `${file}: skipped — no token could be imported`] };
  const message = typeof rule.message === 'string' && rule.message.trim() ? rule.message : 'Avoid “%s”.';
  return {
    rules: [{ kind: 'avoid', id, phrases: [...new Set(phrases)], message, ...common }],
    notes,
  };
}

function convertSubstitution(
  id: string,
  file: string,
  rule: ValeRuleYaml,
  common: Pick<GuidelineRule, 'severity' | 'url'>,
): Converted {
  const entries = swapEntries(rule.swap);
  if (!entries || entries.length === 0)
    return { rules: [], notes: [`${file}: skipped — a substitution rule needs a \`swap\` map`] };
  if (entries.length > MAX_VALE_LIST)
    throw new ValeImportError(
      `${file}: ${entries.length} swap entries; an imported rule lists at most ${MAX_VALE_LIST}`,
    );
  const message = typeof rule.message === 'string' && rule.message.trim() ? rule.message : "Use '%s' instead of '%s'.";
  const rules: GuidelineRule[] = [];
  const notes: string[] = [];
  entries.forEach(([pattern, replacement], index) => {
    const entryId = entries.length === 1 ? id : `${id}.${index + 1}`;
    const expandedTerms = expandValePattern(pattern);
    if (!expandedTerms) {
      notes.push(`${file}: “${pattern}” skipped — it uses regular-expression syntax beyond plain alternatives`);
      return;
    }
    if (/\$\d/u.test(replacement)) {
      notes.push(`${file}: “${pattern}” skipped — its replacement refers to capture groups`);
      return;
    }
    const suggestions = replacement.trim() === '' ? [] : expandValePattern(replacement);
    if (!suggestions) {
      notes.push(`${file}: “${pattern}” skipped — its replacement “${replacement}” is a regular expression`);
      return;
    }
    // "e-?mail" → "email" expands to "email" too: a term that is already the suggestion is no finding.
    const terms = expandedTerms.filter(
      (term) => !suggestions.some((suggestion) => suggestion.toLowerCase() === term.toLowerCase()),
    );
    if (terms.length === 0) return;
    if (suggestions.length === 1 && terms.length === 1) {
      rules.push({ kind: 'prefer', id: entryId, term: terms[0]!, preferred: suggestions[0]!, message, ...common });
      return;
    }
    if (suggestions.length === 1) {
      terms.forEach((term, termIndex) => {
        rules.push({
          kind: 'prefer',
          id: `${entryId}.${termIndex + 1}`,
          term,
          preferred: suggestions[0]!,
          message,
          ...common,
        });
      });
      return;
    }
    const avoidMessage =
      suggestions.length === 0
        ? message.split('%s').length > 2
          ? 'Remove “%s”.'
          : message
        : fillSuggestion(message, quoteList(suggestions));
    rules.push({
      kind: 'avoid',
      id: entryId,
      phrases: terms,
      message: avoidMessage,
      replacements: suggestions,
      ...common,
    });
  });
  return { rules, notes };
}

function convertOccurrence(
  id: string,
  file: string,
  rule: ValeRuleYaml,
  common: Pick<GuidelineRule, 'severity' | 'url'>,
): Converted {
  const countsWords =
    typeof rule.token === 'string' && ['[^\\s]+', '\\S+', '\\b(\\w+)\\b', '\\w+', '(\\w+)'].includes(rule.token);
  if (rule.scope === 'sentence' && countsWords && typeof rule.max === 'number' && rule.max > 0) {
    const message = typeof rule.message === 'string' ? rule.message.replace(/%s/gu, '').trim() : undefined;
    return {
      rules: [
        { kind: 'limit', id, metric: 'sentence-words', max: rule.max, ...(message ? { message } : {}), ...common },
      ],
      notes: [],
    };
  }
  return { rules: [], notes: [`${file}: skipped — only “words per sentence” occurrence rules can be imported`] };
}

function convertReadability(
  id: string,
  file: string,
  rule: ValeRuleYaml,
  common: Pick<GuidelineRule, 'severity' | 'url'>,
): Converted {
  const metrics = stringList(rule.metrics) ?? [];
  if (typeof rule.grade === 'number' && rule.grade > 0 && metrics.some((metric) => /flesch-kincaid/iu.test(metric))) {
    const notes =
      metrics.length > 1
        ? [`${file}: only the Flesch-Kincaid grade is checked (Vale averaged ${metrics.join(', ')})`]
        : [];
    return { rules: [{ kind: 'limit', id, metric: 'reading-grade', max: rule.grade, ...common }], notes };
  }
  return { rules: [], notes: [`${file}: skipped — only Flesch-Kincaid readability rules can be imported`] };
}

function convertFile(style: string, file: ValeFile): Converted {
  let rule: ValeRuleYaml;
  try {
    const parsed: unknown = parseYaml(file.yaml);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { rules: [], notes: [`${file.name}: skipped — not a Vale rule (expected a YAML map)`] };
    rule = parsed as ValeRuleYaml;
  } catch (error) {
    return {
      rules: [],
      notes: [
        `${file.name}: skipped — not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      ],
    };
  }
  const id = slug(`${style}.${baseName(file.name)}`);
  const notes: string[] = [];
  const level = typeof rule.level === 'string' ? LEVELS[rule.level] : undefined;
  if (rule.level !== undefined && !level)
    notes.push(`${file.name}: unknown level “${String(rule.level)}”, imported as a warning`);
  const common = {
    severity: level ?? ('warning' as const),
    ...(typeof rule.link === 'string' && rule.link ? { url: rule.link } : {}),
  };
  if (rule.raw !== undefined)
    return {
      rules: [],
      notes: [...notes, `${file.name}: skipped — \`raw\` regular expressions cannot be imported safely`],
    };
  if (rule.nonword === true)
    return {
      rules: [],
      notes: [
        ...notes,
        `${file.name}: skipped — \`nonword\` rules match inside words; Attune matches whole words only`,
      ],
    };
  if (rule.exceptions !== undefined) notes.push(`${file.name}: \`exceptions\` are not imported`);
  if (rule.ignorecase === false && (rule.extends === 'existence' || rule.extends === 'substitution')) {
    notes.push(`${file.name}: matched without regard to case (Attune phrases are case-insensitive)`);
  }
  const converters: Record<string, typeof convertExistence> = {
    existence: convertExistence,
    substitution: convertSubstitution,
    occurrence: convertOccurrence,
    readability: convertReadability,
  };
  const convert = typeof rule.extends === 'string' ? converters[rule.extends] : undefined;
  if (!convert)
    return {
      rules: [],
      notes: [...notes, `${file.name}: skipped — Vale rules of kind “${String(rule.extends)}” cannot be imported`],
    };
  const converted = convert(id, file.name, rule, common);
  return { rules: converted.rules, notes: [...notes, ...converted.notes] };
}

/**
 * Converts Vale rule files into one guideline pack, validated by the pack schema. What could not be imported
 * safely is listed in the pack's `notes`; throws when nothing at all could be imported.
 */
export function importValeStyle(files: Array<{ name: string; yaml: string }>): GuidelinePack {
  if (files.length > MAX_VALE_FILES)
    throw new ValeImportError(`${files.length} files; a Vale style is imported from at most ${MAX_VALE_FILES}`);
  let totalChars = 0;
  for (const file of files) {
    if (file.yaml.length > MAX_VALE_FILE_CHARS) {
      throw new ValeImportError(
        `${file.name}: ${file.yaml.length.toLocaleString('en')} characters; a Vale rule file may have at most ${MAX_VALE_FILE_CHARS.toLocaleString('en')}`,
      );
    }
    totalChars += file.yaml.length;
  }
  if (totalChars > MAX_VALE_TOTAL_CHARS)
    throw new ValeImportError(
      `the files hold ${totalChars.toLocaleString('en')} characters together; at most ${MAX_VALE_TOTAL_CHARS.toLocaleString('en')} are imported`,
    );
  const style = styleName(files);
  const rules: GuidelineRule[] = [];
  const notes: string[] = [];
  let phrases = 0;
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const converted = convertFile(style, file);
    rules.push(...converted.rules);
    notes.push(...converted.notes);
    phrases += converted.rules.reduce(
      (sum, rule) =>
        sum + (rule.kind === 'avoid' || rule.kind === 'require' ? rule.phrases.length : rule.kind === 'prefer' ? 1 : 0),
      0,
    );
    if (rules.length > MAX_RULES_PER_PACK)
      throw new ValeImportError(
        `the style makes more than ${MAX_RULES_PER_PACK} rules (stopped at ${file.name}); a pack holds at most ${MAX_RULES_PER_PACK} — import it in parts`,
      );
    if (phrases > MAX_PHRASES_PER_PACK)
      throw new ValeImportError(
        `the style makes more than ${MAX_PHRASES_PER_PACK.toLocaleString('en')} phrases (stopped at ${file.name}); import it in parts`,
      );
  }
  if (rules.length === 0) {
    throw new ValeImportError(
      `No rule of the Vale style could be imported: ${notes.slice(0, 20).join('; ') || 'no files given'}`,
    );
  }
  if (notes.length > MAX_NOTES_PER_PACK) {
    const dropped = notes.length - (MAX_NOTES_PER_PACK - 1);
    notes.splice(MAX_NOTES_PER_PACK - 1, notes.length, `…and ${dropped} more notes like these`);
  }
  // Shape, syntax and the cost budget, as the server will check them.
  return checkGuidelinePackSync({
    id: slug(`vale-${style.toLowerCase()}`),
    name: `${style} (imported from Vale)`,
    version: 1,
    description: `Imported from ${files.length} Vale rule file${files.length === 1 ? '' : 's'}.`,
    rules,
    ...(notes.length > 0 ? { notes } : {}),
  }).pack;
}
