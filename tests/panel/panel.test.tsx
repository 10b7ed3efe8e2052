/**
 * The panel's components on happy-dom with Testing Library, fed by the real engine; and the whole panel wired to
 * the real background coach and router inside WXT's fake browser.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, onTestFinished, test } from 'vitest';
import { analyze } from '../../lib/coach';
import type { CoachState, RoutedSnapshot } from '../../lib/messaging/protocol';
import { INITIAL_PANEL, type PanelData } from '../../lib/panel/store';
import { ignoredFindingsItem } from '../../lib/settings/items';
import { CoachPanel } from '../../components/CoachPanel';
import type { PanelActions } from '../../components/panel-actions';
import { useWiredCoach, WiredPanel } from '../support/wired-panel';

const CUSTOMER =
  'This is the third time I am writing and still nothing!! I am really frustrated. Where is my order A-20931? Can I get a refund of the shipping fee?';
const DRAFT =
  'Hi Maria, you should have checked the tracking page. Obviously, you simply need to wait. We apologize for any inconvenience.';

function snapshot(draft: string, customer: string | null, revision = 1, windowId = 7): RoutedSnapshot {
  return {
    editorId: 'ed-1',
    editorKind: 'tiptap',
    site: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/9',
    draft,
    selection: null,
    customer: customer === null ? null : { text: customer, name: 'Maria', source: 'site' },
    revision,
    composing: false,
    at: 1000 + revision,
    tabId: 4,
    windowId,
    frameId: 0,
  };
}

function coachState(draft = DRAFT, customer: string | null = CUSTOMER): CoachState {
  const snap = snapshot(draft, customer);
  const report = analyze({ draft, customer, customerName: 'Maria' });
  return { windowId: snap.windowId, snapshot: snap, report, openFindings: report.findings.length };
}

/** Records what the panel asked for; the panel's contract is to call these with the right arguments. */
function recordingActions() {
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) =>
      void calls.push([name, ...args]);
  const actions: PanelActions = {
    insert: record('insert'),
    apply: record('apply'),
    ignore: record('ignore'),
    ignoreRule: record('ignoreRule'),
    useSelection: record('useSelection'),
    enableSite: record('enableSite'),
    takeBreak: record('takeBreak'),
    openOptions: () => void calls.push(['openOptions']),
  };
  return { actions, calls };
}

const data = (patch: Partial<PanelData>): PanelData => ({ ...INITIAL_PANEL, windowId: 7, ...patch });

afterEach(cleanup);

describe('CoachPanel', () => {
  test('shows the customer, their questions unticked, suggestions and findings grouped by severity', () => {
    const { actions } = recordingActions();
    render(<CoachPanel data={data({ coach: coachState() })} actions={actions} />);
    expect(screen.getByTestId('emotion').textContent).toMatch(/frustrated/);
    const questions = within(screen.getByRole('list', { name: 'Their questions' })).getAllByRole('listitem');
    expect(questions.map((q) => q.getAttribute('data-answered'))).toEqual(['false', 'false']);
    expect(screen.getAllByRole('button', { name: /^Insert / }).length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('heading', { name: /Worth a look/ })).toBeTruthy();
    expect(screen.getByTestId('source').textContent).toBe('Reading TipTap on acme.zendesk.com (zendesk)');
    expect(screen.getByTestId('escalation').textContent).toMatch(/contacted us about this before/);
  });

  test('Insert, Apply, Ignore and Always ignore call their actions with the finding', () => {
    const { actions, calls } = recordingActions();
    const coach = coachState();
    render(<CoachPanel data={data({ coach })} actions={actions} />);
    const firstInsert = screen.getAllByRole('button', { name: /^Insert / })[0]!;
    fireEvent.click(firstInsert);
    expect(calls.at(-1)).toEqual(['insert', coach.report.suggestions[0]!.text]);
    const stock = coach.report.findings.find((f) => f.ruleId === 'boilerplate/stock-apology')!;
    fireEvent.click(
      within(screen.getByTestId('fold-findings')).getByRole('button', { name: `Apply “${stock.expected[0]}”` }),
    );
    expect(calls.at(-1)?.[0]).toBe('apply');
    expect(calls.at(-1)?.[2]).toBe(stock.expected[0]);
    const blame = screen.getAllByTestId('finding').find((el) => el.getAttribute('data-rule') === 'tone/blame')!;
    fireEvent.click(within(blame).getByRole('button', { name: 'Ignore' }));
    expect(calls.at(-1)).toEqual([
      'ignore',
      expect.objectContaining({ ruleId: 'tone/blame', key: expect.stringMatching(/^tone\/blame#/) }),
    ]);
    fireEvent.click(within(blame).getByRole('button', { name: 'Always ignore “tone/blame”' }));
    expect(calls.at(-1)).toEqual(['ignoreRule', 'tone/blame']);
  });

  test('the first screen: the customer, at most three next actions with their fixes, the score; the rest folded', () => {
    const { actions, calls } = recordingActions();
    const coach = coachState();
    render(<CoachPanel data={data({ coach })} actions={actions} />);
    const next = within(screen.getByTestId('next-actions'));
    const items = next.getAllByTestId('next-action');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(3);
    const ack = coach.report.suggestions.find((s) => s.kind === 'acknowledgement')!;
    fireEvent.click(next.getByRole('button', { name: `Insert ${ack.text}` }));
    expect(calls.at(-1)).toEqual(['insert', ack.text]);
    const stock = coach.report.findings.find((f) => f.ruleId === 'boilerplate/stock-apology')!;
    fireEvent.click(next.getByRole('button', { name: `Apply “${stock.expected[0]}”` }));
    expect(calls.at(-1)).toEqual([
      'apply',
      expect.objectContaining({ ruleId: stock.ruleId, span: stock.span }),
      stock.expected[0],
    ]);
    expect(screen.getByTestId('still-to-do').textContent).toMatch(/answer 2 questions/);
    expect(screen.getByTestId('score').textContent).toMatch(/^\d+\/100/);
    const folds = [...document.querySelectorAll('details.fold')];
    expect(folds.map((f) => f.getAttribute('data-testid'))).toEqual([
      'fold-customer',
      'fold-checklist',
      'fold-suggestions',
      'fold-findings',
      'fold-score',
    ]);
    expect(folds.every((f) => !(f as HTMLDetailsElement).open)).toBe(true);
  });

  test('ignored findings are not shown', () => {
    const { actions } = recordingActions();
    render(
      <CoachPanel
        data={data({ coach: coachState(), ignored: { rules: ['tone/blame'], findings: [] } })}
        actions={actions}
      />,
    );
    const rules = screen.getAllByTestId('finding').map((el) => el.getAttribute('data-rule'));
    expect(rules).not.toContain('tone/blame');
    expect(rules).toContain('tone/condescension');
  });

  test('clear states: waiting, not enabled (offers to enable), no customer (offers the selection), empty draft', () => {
    const { actions, calls } = recordingActions();
    const { rerender } = render(<CoachPanel data={data({ siteEnabled: true })} actions={actions} />);
    expect(screen.getByTestId('state-waiting')).toBeTruthy();
    rerender(
      <CoachPanel data={data({ siteEnabled: false, activeUrl: 'https://help.example.com/t/1' })} actions={actions} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enable Attune on help.example.com' }));
    expect(calls.at(-1)).toEqual(['enableSite']);
    rerender(<CoachPanel data={data({ coach: coachState(DRAFT, null) })} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Use selected text as customer message' }));
    expect(calls.at(-1)).toEqual(['useSelection']);
    rerender(<CoachPanel data={data({ coach: coachState('', CUSTOMER) })} actions={actions} />);
    expect(screen.getByTestId('state-no-draft')).toBeTruthy();
    expect(screen.getByTestId('emotion')).toBeTruthy();
  });

  test('a run of tough tickets suggests a break, unless the agent turned it off', () => {
    const { actions, calls } = recordingActions();
    const now = 10_000_000;
    const marks = [1, 2, 3, 4].map((i) => ({ ticket: `t${i}`, at: now - i * 60_000, distress: 0.9 }));
    const { rerender } = render(<CoachPanel data={data({ marks })} actions={actions} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'I’ll take a short break' }));
    expect(calls.at(-1)).toEqual(['takeBreak']);
    rerender(
      <CoachPanel
        data={data({ marks, wellbeing: { ...INITIAL_PANEL.wellbeing, breakReminders: false } })}
        actions={actions}
        now={now}
      />,
    );
    expect(screen.queryByTestId('break')).toBeNull();
  });

  test('arrow keys move between actionable items; Home and End jump', () => {
    const { actions } = recordingActions();
    render(<CoachPanel data={data({ coach: coachState() })} actions={actions} />);
    const items = [...document.querySelectorAll<HTMLElement>('[data-nav-item]')];
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'End' });
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.keyDown(items.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });

  test('the arrows pass over a closed fold’s contents and enter it once it is open', () => {
    const { actions } = recordingActions();
    render(<CoachPanel data={data({ coach: coachState() })} actions={actions} />);
    const fold = screen.getByTestId('fold-findings') as HTMLDetailsElement;
    const summary = fold.querySelector('summary')!;
    summary.focus();
    fireEvent.keyDown(summary, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('fold-score').querySelector('summary'));
    fold.open = true;
    summary.focus();
    fireEvent.keyDown(summary, { key: 'ArrowDown' });
    expect(document.activeElement?.closest('[data-testid="finding"]')).not.toBeNull();
  });
});

describe('the panel wired to the background coach (fake browser)', () => {
  const wired = useWiredCoach();

  test('follows snapshots of its own window only, and "Ignore" hides a finding through storage', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    wired.start();
    render(<WiredPanel />);
    await wired.route(snapshot(DRAFT, CUSTOMER, 1, win.id!));
    // A later snapshot from another window must not replace this window's.
    await wired.route(snapshot('A draft in another window.', CUSTOMER, 2, win.id! + 1), {
      tabId: 9,
      windowId: win.id! + 1,
      frameId: 0,
    });
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(0));
    expect(document.querySelector('main')?.getAttribute('data-draft-length')).toBe(String(DRAFT.length));
    const blame = () => screen.queryAllByTestId('finding').find((el) => el.getAttribute('data-rule') === 'tone/blame');
    await act(async () => {
      fireEvent.click(within(blame()!).getByRole('button', { name: 'Ignore' }));
    });
    await waitFor(() => expect(blame()).toBeUndefined());
    expect((await ignoredFindingsItem.getValue())[0]).toMatch(/^tone\/blame#/);
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/Ignored here/));
  });

  test('an edit that cannot reach the editor leaves a kind explanation and changes nothing', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    wired.start();
    render(<WiredPanel />);
    await wired.route(snapshot(DRAFT, CUSTOMER, 1, win.id!));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Insert / }).length).toBeGreaterThan(0));
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: /^Insert / })[0]!);
    });
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toMatch(/Nothing was changed|no longer on the page/),
    );
  });
  test('acting on the coaching reviews the reply: the coach records one review per draft session, again on each act', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    const reviews: Array<{ id: string; first: boolean; score: number }> = [];
    const coach = wired.start({
      onReviewed: async (record, { first }) => void reviews.push({ id: record.id, first, score: record.score }),
    });
    // Hidden, so a slow run cannot add a "settled" review: only acting counts here (settling is tested with fake
    // timers in tests/progress/review.test.ts and in the browser).
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(document, 'visibilityState'));
    render(<WiredPanel />);
    await wired.route(snapshot(DRAFT, CUSTOMER, 1, win.id!));
    await waitFor(() => expect(screen.getAllByTestId('finding').length).toBeGreaterThan(1));
    // A failed edit is not acting on the coaching.
    await act(async () => {
      fireEvent.click(screen.getAllByRole('button', { name: /^Insert / })[0]!);
    });
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toMatch(/Nothing was changed|no longer on the page/),
    );
    await act(async () => coach.idle());
    expect(reviews).toEqual([]);

    for (const rule of ['tone/blame', 'tone/condescension']) {
      const finding = screen.queryAllByTestId('finding').find((el) => el.getAttribute('data-rule') === rule)!;
      await act(async () => {
        fireEvent.click(within(finding).getByRole('button', { name: 'Ignore' }));
      });
      await waitFor(() => expect(reviews.length).toBe(rule === 'tone/blame' ? 1 : 2));
    }
    expect(reviews.map((r) => r.first)).toEqual([true, false]);
    expect(reviews[1]!.id).toBe(reviews[0]!.id);
  });
});
