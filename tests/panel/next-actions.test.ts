/** The panel's first screen ranking, on real engine reports. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/coach';
import type { AnalyzeInput, GuidelinePack } from '../../lib/coach/types';
import { MAX_NEXT_ACTIONS, nextActions, stillToDo } from '../../lib/panel/next-actions';
import { visibleFindings, type Ignored } from '../../lib/report-view/selectors';

const UPSET =
  'This is the third time I am writing and still nothing!! I am really frustrated. Where is my order A-20931? Can I get a refund of the shipping fee?';
const CALM = 'Hello, could you tell me how to export my invoices as PDF? Thanks.';
const DRAFT =
  'Hi Maria, you should have checked the tracking page. Obviously, you simply need to wait. We apologize for any inconvenience.';
const NONE: Ignored = { rules: [], findings: [] };

function firstScreen(input: AnalyzeInput, ignored: Ignored = NONE) {
  const report = analyze({ customerName: 'Maria', ...input });
  const findings = visibleFindings(report.findings, input.draft, ignored);
  const actions = nextActions({
    checks: report.checks,
    suggestions: report.suggestions,
    customer: report.customer,
    findings,
  });
  return { report, findings, actions, todo: stillToDo({ checks: report.checks, findings, actions }) };
}

describe('nextActions', () => {
  test('an upset customer not yet acknowledged comes first, with a sentence to insert; at most three, each with a fix', () => {
    const { report, actions } = firstScreen({ draft: DRAFT, customer: UPSET });
    expect(actions.length).toBeGreaterThanOrEqual(2);
    expect(actions.length).toBeLessThanOrEqual(MAX_NEXT_ACTIONS);
    expect(actions[0]).toMatchObject({ kind: 'insert', check: 'acknowledgement' });
    const firstAck = report.suggestions.find((s) => s.kind === 'acknowledgement')!;
    expect(actions[0]!.kind === 'insert' && actions[0]!.text).toBe(firstAck.text);
    for (const action of actions) {
      if (action.kind === 'insert') expect(action.text.length).toBeGreaterThan(0);
      else expect(action.finding.expected).toContain(action.replacement);
    }
    expect(actions.some((a) => a.kind === 'replace' && a.finding.ruleId === 'boilerplate/stock-apology')).toBe(true);
  });

  test('once the draft acknowledges them, the acknowledgement is no longer an action', () => {
    const acknowledged = `I'm so sorry you've had to write three times, that is really frustrating. ${DRAFT}`;
    const { report, actions } = firstScreen({ draft: acknowledged, customer: UPSET });
    expect(report.checks.acknowledgement.status).toBe('present');
    expect(actions.some((a) => a.kind === 'insert' && a.check === 'acknowledgement')).toBe(false);
  });

  test('a team rule marked as an error outranks wording the customer would merely notice', () => {
    const pack: GuidelinePack = {
      id: 'acme',
      name: 'Acme voice',
      version: 1,
      rules: [
        {
          kind: 'avoid',
          id: 'no-wait',
          phrases: ['need to wait'],
          message: 'Don’t say “%s”.',
          replacements: ['will hear from us'],
          severity: 'error',
        },
      ],
    };
    const { actions } = firstScreen({ draft: DRAFT, customer: CALM, guidelines: [pack] });
    const blocking = actions.findIndex((a) => a.kind === 'replace' && a.finding.ruleId === 'guideline/no-wait');
    const stock = actions.findIndex((a) => a.kind === 'replace' && a.finding.ruleId === 'boilerplate/stock-apology');
    expect(blocking).toBe(0);
    if (stock >= 0) expect(stock).toBeGreaterThan(blocking);
  });

  test('an ignored finding is not offered', () => {
    const { findings } = firstScreen({ draft: DRAFT, customer: UPSET });
    const stock = findings.find((f) => f.ruleId === 'boilerplate/stock-apology')!;
    const { actions } = firstScreen({ draft: DRAFT, customer: UPSET }, { rules: [], findings: [stock.key] });
    expect(actions.some((a) => a.kind === 'replace' && a.finding.ruleId === 'boilerplate/stock-apology')).toBe(false);
  });

  test('a draft with nothing to fix in one click has no actions', () => {
    const { actions } = firstScreen({
      draft:
        'Hi Maria, here is how: open Invoices, choose the months, then Export as PDF. Write back if anything is unclear.',
      customer: CALM,
    });
    expect(actions).toEqual([]);
  });
});

describe('stillToDo', () => {
  test('names what needs the agent’s own words and how many findings wait below, not what the actions cover', () => {
    const { actions, todo, findings } = firstScreen({ draft: DRAFT, customer: UPSET });
    expect(todo).toContain('answer 2 questions');
    expect(todo).not.toContain('acknowledge their feelings');
    const fixed = actions.filter((a) => a.kind === 'replace').length;
    expect(todo.at(-1)).toBe(`${findings.length - fixed} more findings below`);
  });
});
