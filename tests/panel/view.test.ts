import { describe, expect, test } from 'vitest';
import type { Finding } from '../../lib/coach/types';
import { findingKey, hash53 } from '../../lib/report-view/finding-key';
import { nextIndex } from '../../lib/panel/keyboard';
import type { RoutedSnapshot } from '../../lib/messaging/protocol';
import { groupBySeverity, panelPhase, visibleFindings } from '../../lib/report-view/selectors';
import { personalPack, withIgnored, MAX_IGNORED_FINDINGS } from '../../lib/settings/items';
import { originFromInput } from '../../lib/panel/site-access';

function finding(
  draft: string,
  actual: string,
  ruleId = 'tone/condescension',
  severity: Finding['severity'] = 'warning',
): Finding {
  const start = draft.indexOf(actual);
  if (start < 0) throw new Error(`"${actual}" not in draft`);
  return { ruleId, severity, reason: 'r', why: 'w', span: { start, end: start + actual.length }, actual, expected: [] };
}

describe('ignored findings are remembered by rule and surrounding text, not offsets', () => {
  const draft = 'Hi Sam. You simply restart the router and it works.';
  const f = finding(draft, 'simply');

  test('the key survives typing elsewhere in the draft', () => {
    const edited = `Hello there, hope you are well! ${draft}`;
    expect(findingKey(finding(edited, 'simply'), edited)).toBe(findingKey(f, draft));
  });

  test('the key changes when the words around it change, or for another rule', () => {
    const other = 'Hi Sam. Just simply unplug it first and it works.';
    expect(findingKey(finding(other, 'simply'), other)).not.toBe(findingKey(f, draft));
    expect(findingKey({ ...f, ruleId: 'tone/blame' }, draft)).not.toBe(findingKey(f, draft));
  });

  test('the key holds no words of the draft', () => {
    expect(findingKey(f, draft)).not.toMatch(/simply|restart|Sam/);
    expect(hash53('a')).not.toBe(hash53('b'));
  });

  test('visibleFindings hides ignored findings and ignored rules', () => {
    const blame = finding(draft, 'You', 'tone/blame', 'error');
    const shown = visibleFindings([f, blame], draft, { rules: [], findings: [findingKey(f, draft)] });
    expect(shown.map((x) => x.ruleId)).toEqual(['tone/blame']);
    expect(visibleFindings([f, blame], draft, { rules: ['tone/blame'], findings: [] }).map((x) => x.ruleId)).toEqual([
      'tone/condescension',
    ]);
    expect(groupBySeverity([f, blame]).map((g) => g.severity)).toEqual(['error', 'warning']);
  });

  test('a finding repeated word for word shares its ignore key but has an id of its own', () => {
    const repeated = 'Sorry for the inconvenience. Sorry for the inconvenience.';
    const second = repeated.lastIndexOf('Sorry');
    const apology = (start: number): Finding => ({
      ...finding(repeated, 'Sorry for the inconvenience', 'boilerplate/stock-apology'),
      span: { start, end: start + 'Sorry for the inconvenience'.length },
    });
    const shown = visibleFindings([apology(0), apology(second)], repeated, { rules: [], findings: [] });
    expect(shown[0]!.key).toBe(shown[1]!.key);
    expect(new Set(shown.map((x) => x.id)).size).toBe(2);
    expect(shown[0]!.id).toBe(shown[0]!.key);
    // Ignore stores the key, so it hides both.
    expect(visibleFindings([apology(0), apology(second)], repeated, { rules: [], findings: [shown[0]!.key] })).toEqual(
      [],
    );
  });

  test('the ignore list is bounded and keeps the newest', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_IGNORED_FINDINGS + 5; i++) list = withIgnored(list, `k${i}`);
    expect(list).toHaveLength(MAX_IGNORED_FINDINGS);
    expect(list.at(-1)).toBe(`k${MAX_IGNORED_FINDINGS + 4}`);
    expect(withIgnored(['a', 'b'], 'a')).toEqual(['b', 'a']);
  });
});

describe('panel phase', () => {
  const snap = (draft: string, customer: string | null) =>
    ({ draft, customer: customer === null ? null : { text: customer, source: 'site' } }) as RoutedSnapshot;
  test.each([
    [{ siteEnabled: false, snapshot: null }, 'not-enabled'],
    [{ siteEnabled: true, snapshot: null }, 'waiting'],
    [{ siteEnabled: null, snapshot: null }, 'waiting'],
    [{ siteEnabled: true, snapshot: snap('  ', 'Help?') }, 'no-draft'],
    [{ siteEnabled: true, snapshot: snap('Hi', null) }, 'no-customer'],
    [{ siteEnabled: true, snapshot: snap('Hi', 'Help?') }, 'ready'],
  ] as const)('%j → %s', (input, phase) => {
    expect(panelPhase(input)).toBe(phase);
  });
});

describe('keyboard navigation', () => {
  test('arrows move and stop at the ends, Home/End jump, other keys are not ours', () => {
    expect(nextIndex('ArrowDown', 3, -1)).toBe(0);
    expect(nextIndex('ArrowDown', 3, 0)).toBe(1);
    expect(nextIndex('ArrowDown', 3, 2)).toBe(2);
    expect(nextIndex('ArrowUp', 3, 0)).toBe(0);
    expect(nextIndex('End', 3, 0)).toBe(2);
    expect(nextIndex('Home', 3, 2)).toBe(0);
    expect(nextIndex('Enter', 3, 1)).toBeNull();
    expect(nextIndex('ArrowDown', 0, -1)).toBeNull();
  });
});

describe('settings helpers', () => {
  test('phrasing preferences become a personal guideline pack, or none', () => {
    expect(personalPack({ greeting: '', signOff: ' ', avoid: [' '], prefer: [] })).toBeNull();
    const pack = personalPack({
      greeting: 'Hi',
      signOff: 'Warm regards',
      avoid: ['no worries'],
      prefer: [{ term: 'ticket', preferred: 'request' }],
    });
    expect(pack?.rules.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'avoid:avoid',
      'prefer:prefer-1',
      'require:greeting',
      'require:sign-off',
    ]);
  });

  test('site addresses are read leniently and rejected with a clear message', () => {
    expect(originFromInput('help.example.com')).toBe('https://help.example.com');
    expect(originFromInput(' http://desk.local.test:8080/tickets/1 ')).toBe('http://desk.local.test:8080');
    expect(() => originFromInput('')).toThrow(/Type the address/);
    expect(() => originFromInput('ftp://x.example.com')).toThrow(/web pages only/);
    expect(() => originFromInput('intranet')).toThrow(/full host name/);
  });
});
