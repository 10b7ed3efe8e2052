/**
 * The panel says which text it took as the customer's message and where, and when the reader was unsure it says so
 * and the coach scores nothing against that text (the real analyze runs behind the real background coach).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/coach';
import type { AnalyzeInput } from '../../lib/coach/types';
import type { CustomerMessage, RoutedSnapshot } from '../../lib/messaging/protocol';
import { CustomerSource, firstWords } from '../../components/CustomerSource';
import { useWiredCoach, WiredPanel } from '../support/wired-panel';

const TEXT =
  'This is the third time I am writing and still nothing!! I am really frustrated. Where is my order A-20931?';
const DRAFT = 'Hi Maria, thanks for writing. I have checked your order and it ships today.';

afterEach(cleanup);

describe('CustomerSource', () => {
  test('shows the first words, the region and why the message was taken', () => {
    render(
      <CustomerSource
        customer={{
          text: TEXT,
          name: 'Maria',
          source: 'site',
          confidence: 'sure',
          reason: 'the latest message Zendesk marks as the customer’s',
          region: 'Zendesk Conversation, message 3 of 4, above the reply box',
        }}
        onUseSelection={() => {}}
      />,
    );
    expect(screen.getByTestId('customer-source-words').textContent).toBe('This is the third time I am writing…');
    expect(screen.getByTestId('customer-source-where').textContent).toContain('message 3 of 4, above the reply box');
    expect(screen.getByTestId('customer-source-where').textContent).toContain('marks as the customer’s');
    expect(screen.getByTestId('customer-source').getAttribute('data-confidence')).toBe('sure');
    expect(screen.queryByTestId('customer-source-unsure')).toBeNull();
  });

  test('unsure: says so, and one click asks for the selection instead', () => {
    const calls: string[] = [];
    render(
      <CustomerSource
        customer={{
          text: TEXT,
          source: 'generic',
          confidence: 'unsure',
          reason: 'nothing on the page says who wrote which message',
          region: 'thread, message 2 of 2',
        }}
        onUseSelection={() => calls.push('useSelection')}
      />,
    );
    expect(screen.getByTestId('customer-source').getAttribute('data-confidence')).toBe('unsure');
    expect(screen.getByTestId('customer-source-unsure').textContent).toMatch(
      /^Nothing on the page says who wrote which message, so the checklist/,
    );
    fireEvent.click(screen.getByRole('button', { name: /Select their message/ }));
    expect(calls).toEqual(['useSelection']);
  });

  test('nothing to show without a customer message; short texts are not cut', () => {
    const { container } = render(<CustomerSource customer={null} onUseSelection={() => {}} />);
    expect(container.innerHTML).toBe('');
    expect(firstWords('  Where is   my refund? ')).toBe('Where is my refund?');
  });
});

describe('an unsure customer message is not scored', () => {
  const wired = useWiredCoach();

  function snapshot(windowId: number, customer: CustomerMessage): RoutedSnapshot {
    return {
      editorId: 'ed-1',
      editorKind: 'contenteditable',
      site: 'generic',
      url: 'https://desk.example.org/t/9',
      draft: DRAFT,
      selection: null,
      customer,
      revision: 1,
      composing: false,
      at: 1001,
      tabId: 4,
      windowId,
      frameId: 0,
    };
  }

  test.each([
    ['unsure', null],
    ['sure', TEXT],
  ] as const)('%s reading → analyze gets %s as the customer message', async (confidence, expected) => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    const inputs: AnalyzeInput[] = [];
    wired.start({ analyze: (input) => (inputs.push(input), analyze(input)) });
    render(<WiredPanel />);
    await wired.route(
      snapshot(win.id!, { text: TEXT, source: 'generic', confidence, reason: 'test', region: 'thread' }),
    );
    await waitFor(() => expect(screen.getByTestId('customer-source').getAttribute('data-confidence')).toBe(confidence));
    expect(inputs.at(-1)?.customer ?? null).toBe(expected);
    // The customer card (feelings, problem, specifics) only appears for a message that is scored.
    expect(screen.queryByRole('heading', { name: 'The customer' }) !== null).toBe(confidence === 'sure');
  });
});
