// @vitest-environment happy-dom
/**
 * lib/content/context.ts against WXT's own ContentScriptContext, which it replaces in the content script's build:
 * the same start-up handshake in both directions (an update from a WXT-built version, or back), timers and listeners
 * that stop with the context, and SPA navigation reported as WXT reports it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '@/lib/content/context';

// WXT names its events after the entry point it was built into, when its module loads.
vi.hoisted(() => vi.stubEnv('ENTRYPOINT', 'helpdesk'));
afterEach(() => vi.useRealTimers());

describe('a newer copy of the script stops the older one', () => {
  test.each([
    ['ours after ours', ContentScriptContext, ContentScriptContext],
    ["ours after WXT's", WxtContext, ContentScriptContext],
    ["WXT's after ours", ContentScriptContext, WxtContext],
  ] as const)('%s', (_, Older, Newer) => {
    const older = new Older('helpdesk');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = new Newer('helpdesk');
    expect(stopped).toHaveBeenCalledOnce();
    expect(older.signal.aborted).toBe(true);
    expect(newer.isValid).toBe(true);
    newer.abort();
  });

  test('another script of the extension is left alone', () => {
    const older = new ContentScriptContext('helpdesk');
    const other = new ContentScriptContext('page-bridge');
    expect(older.isValid).toBe(true);
    expect(other.isValid).toBe(true);
  });
});

test('timers and listeners stop with the context', () => {
  vi.useFakeTimers();
  const ctx = new ContentScriptContext('helpdesk');
  const timeout = vi.fn();
  const interval = vi.fn();
  const listener = vi.fn();
  ctx.setTimeout(timeout, 100);
  ctx.setInterval(interval, 100);
  ctx.addEventListener(document, 'click', listener);
  vi.advanceTimersByTime(250);
  document.dispatchEvent(new Event('click'));
  expect([timeout.mock.calls.length, interval.mock.calls.length, listener.mock.calls.length]).toEqual([1, 2, 1]);
  ctx.setTimeout(timeout, 100);
  new ContentScriptContext('helpdesk');
  vi.advanceTimersByTime(250);
  document.dispatchEvent(new Event('click'));
  expect([timeout.mock.calls.length, interval.mock.calls.length, listener.mock.calls.length]).toEqual([1, 2, 1]);
});

test("SPA navigation is reported as 'wxt:locationchange' with the new and old URL", () => {
  vi.useFakeTimers();
  const ctx = new ContentScriptContext('helpdesk');
  const changes: string[] = [];
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const { newUrl, oldUrl } = event as Event & { newUrl: URL; oldUrl: URL };
    changes.push(`${oldUrl.pathname} → ${newUrl.pathname}`);
  });
  const start = location.pathname;
  history.pushState(null, '', '/tickets/2');
  vi.advanceTimersByTime(1000);
  history.pushState(null, '', '/tickets/3');
  vi.advanceTimersByTime(1000);
  expect(changes).toEqual([`${start} → /tickets/2`, '/tickets/2 → /tickets/3']);
  ctx.abort();
});
