/** The options page's sections on happy-dom with WXT's fake browser storage. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULES, familyOf } from '../../lib/coach/rules';
import type { ReplyRecord } from '../../lib/progress/record';
import { progressItem } from '../../lib/progress/store';
import { disabledRulesItem, phrasingItem, RULE_FAMILIES, wellbeingItem } from '../../lib/settings/items';
import { ProgressSection } from '../../components/ProgressSection';
import { PhrasingSection, RulesSection, WellbeingSection } from '../../components/SettingsSections';

const NOW = Date.parse('2026-03-10T12:00:00Z');

function record(id: string, daysAgo: number, score: number): ReplyRecord {
  return {
    id,
    v: 1,
    at: NOW - daysAgo * 86_400_000,
    engine: 't',
    site: 'zendesk',
    score,
    checks: {
      acknowledgement: 'present',
      reassurance: 'present',
      restatement: 'present',
      questions: 'present',
      nextSteps: 'missing',
      personalization: 'present',
      greeting: 'present',
      closing: 'present',
    },
    questionsAsked: 2,
    questionsAnswered: 1,
    distress: 0.5,
    ruleCounts: { 'tone/blame': 1 },
    suggestionsApplied: 1,
    readingGrade: 7,
    words: 90,
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

test('every rule family the engine ships can be turned off in the options', () => {
  const families = new Set(RULES.map((rule) => familyOf(rule.id)));
  expect([...families].sort()).toEqual(RULE_FAMILIES.map((f) => f.id).sort());
});

describe('options sections', () => {
  test('progress: stats, charts with their data tables, tip of the day, and a two-step reset', async () => {
    await progressItem.setValue([record('a', 2, 60), record('b', 1, 70), record('c', 0, 80)]);
    render(<ProgressSection now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('progress-stats').textContent).toContain('Replies3'));
    expect(screen.getByTestId('progress-stats').textContent).toContain('Average score70');
    expect(screen.getByRole('table', { name: 'Score over time' }).querySelectorAll('tbody tr')).toHaveLength(3);
    expect(screen.getByRole('heading', { name: /^Tip of the day/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, delete my progress' }));
    });
    await waitFor(() => expect(screen.queryByTestId('progress-stats')).toBeNull());
    expect(await progressItem.getValue()).toEqual([]);
  });

  test('rule families: unticking one turns it off in storage', async () => {
    render(<RulesSection />);
    const tone = await screen.findByRole('checkbox', { name: /^Tone/ });
    await act(async () => {
      fireEvent.click(tone);
    });
    await waitFor(async () => expect(await disabledRulesItem.getValue()).toEqual(['tone']));
  });

  test('phrasing: a malformed preference line is rejected by line number and the typed text is kept', async () => {
    // Typing fires `input` on every keystroke (a text field's `change` comes only on blur): what onChange handles.
    render(<PhrasingSection />);
    const prefer = await screen.findByLabelText(/Preferred wording/);
    fireEvent.input(prefer, { target: { value: 'ticket => request\nno arrow here' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save phrasing' }));
    });
    expect(await screen.findByText(/Line 2 \(“no arrow here”\)/)).toBeTruthy();
    expect((prefer as HTMLTextAreaElement).value).toBe('ticket => request\nno arrow here');
    expect((await phrasingItem.getValue()).prefer).toEqual([]);
    fireEvent.input(prefer, { target: { value: 'ticket => request' } });
    fireEvent.input(screen.getByLabelText('Your sign-off'), { target: { value: 'Warm regards' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save phrasing' }));
    });
    await waitFor(async () =>
      expect(await phrasingItem.getValue()).toMatchObject({
        signOff: 'Warm regards',
        prefer: [{ term: 'ticket', preferred: 'request' }],
      }),
    );
  });

  test('wellbeing: break reminders have an off switch', async () => {
    render(<WellbeingSection />);
    const toggle = await screen.findByRole('checkbox', { name: /short break/ });
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(async () => expect((await wellbeingItem.getValue()).breakReminders).toBe(false));
  });
});
