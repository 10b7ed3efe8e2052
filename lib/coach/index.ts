/**
 * The coaching engine: `analyze({ draft, customer })` → Report. Pure TypeScript — no DOM, no browser APIs — so
 * the side panel, the background worker, Node and the CLI all run the same code. Every stage is cached by text
 * (sentences, their cue hits and rule hits, the customer's message), so re-analysing after a keystroke only
 * works on the sentence that changed.
 */
import { runChecks } from './checks/index';
import { installCompromisePatches } from './compromise-setup';
import { analyzeCustomer } from './customer/index';
// The modules themselves, not the guidelines' index: it also re-exports the dashboard's Vale importer, whose YAML
// parser the bundler cannot prove free of side effects and would ship in the worker (10 KB gzip) for nothing.
import { applyGuidelinesWithin, disabledByPacks } from './guidelines/apply';
import { TEAM_RULES_BUDGET_MS } from './guidelines/limits';
import { readability } from './readability';
import { runRules, type RuleContext } from './rules/index';
import { scoreReport } from './score';
import { suggest } from './suggestions/index';
import { analyzeText } from './text';
import type { AnalyzeInput, Finding, Report } from './types';

export type * from './types';
export type { AnalyzedText, Sentence, Term } from './text';

/** Bump when a change alters reports for the same input (stored reports and sync events carry it). */
export const ENGINE_VERSION = '0.2.0';

installCompromisePatches();

function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((finding) => {
      const key = `${finding.ruleId}\u0000${finding.span.start}\u0000${finding.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

export function analyze(input: AnalyzeInput): Report {
  const started = performance.now();
  if (typeof input?.draft !== 'string') throw new TypeError('analyze() needs { draft: string }');
  const packs = input.guidelines ?? [];
  const customerMessage =
    typeof input.customer === 'string' && input.customer.trim().length > 0 ? input.customer : null;
  const customer = analyzeCustomer(customerMessage, input.customerName);
  const text = analyzeText(input.draft);
  const context: RuleContext = {
    customer,
    disabled: new Set([...(input.disabledRules ?? []), ...disabledByPacks(packs)]),
  };
  // Team rules get a time budget: a pack too slow for this draft is skipped, and the report names it.
  const team = applyGuidelinesWithin(text, packs, context, {
    totalMs: input.teamRulesBudgetMs ?? TEAM_RULES_BUDGET_MS,
  });
  const findings = dedupeFindings([...runRules(text, context), ...team.findings]);
  const checks = runChecks(text, customer, customerMessage);
  const reading = readability(text);
  return {
    version: ENGINE_VERSION,
    customer,
    checks,
    findings,
    suggestions: suggest(customer, input.tone, customerMessage ?? ''),
    score: scoreReport(checks, findings, reading, customer),
    readability: reading,
    guidelines: team.packs,
    elapsedMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}
