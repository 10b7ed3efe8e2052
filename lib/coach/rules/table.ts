/** The rule table for the README and docs, generated from the registry so it never drifts from the code. */
import { RULES, type Rule } from './index';

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim();
}

/** A markdown table: rule id (linked to its lesson), severity, what it flags, and whether it offers a fix. */
export function ruleTable(rules: readonly Rule[] = RULES): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.rationale)} | ${rule.fixes ? 'yes' : 'no'} |`);
  return ['| rule | severity | what it flags | fix? |', '|---|---|---|---|', ...rows].join('\n');
}
