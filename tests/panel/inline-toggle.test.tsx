import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InlineToggle } from '../../components/InlineToggle';
import { inlineDisplayItem } from '../../lib/settings/items';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

test('the panel turns inline display off and on for the page’s site only', async () => {
  render(<InlineToggle url="https://acme.zendesk.com/agent/tickets/7" />);
  const box = await screen.findByLabelText('Show findings in the page on acme.zendesk.com');
  await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
  fireEvent.click(box);
  await waitFor(async () =>
    expect((await inlineDisplayItem.getValue()).offOrigins).toEqual(['https://acme.zendesk.com']),
  );
  await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
  fireEvent.click(box);
  await waitFor(async () => expect(await inlineDisplayItem.getValue()).toEqual({ enabled: true, offOrigins: [] }));
});

test('when inline display is off everywhere, the panel says so instead of offering a per-site switch', async () => {
  await inlineDisplayItem.setValue({ enabled: false, offOrigins: [] });
  render(<InlineToggle url="https://acme.zendesk.com/agent/tickets/7" />);
  expect(await screen.findByText(/off everywhere/)).toBeTruthy();
  expect(screen.queryByRole('checkbox')).toBeNull();
});
