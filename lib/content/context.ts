/**
 * The content scripts' ContentScriptContext: wxt.config.ts resolves WXT's `wxt/utils/content-script-context` to this
 * module, so the entry point WXT generates around `defineContentScript` builds this one. Same API, same behaviour:
 * a newer copy of the same script starting in this document (the extension reloaded or updated) invalidates this
 * one, by WXT's own event, so it also stops copies built with WXT's class; `isInvalid` notices a context the browser
 * cut off; the timer wrappers and listeners stop with the context; `ctx.addEventListener(window,
 * 'wxt:locationchange', …)` reports SPA navigation. (WXT's start-up steps, public there but internal, are folded
 * into the constructor; its `block`, `requestAnimationFrame` and `requestIdleCallback`, which nothing here calls, are
 * left out.) WXT's class cost the page's 40 KB budget ~2.9 KB, mostly member names and debug logging a minifier has
 * to keep; this one ~1 KB.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptDefinition } from 'wxt';

type Options = Omit<ContentScriptDefinition, 'main'>;

/** The location change event WXT's own watcher dispatches (same name, same fields). */
class LocationChange extends Event {
  constructor(
    type: string,
    readonly newUrl: URL,
    readonly oldUrl: URL,
  ) {
    super(type);
  }
}

export class ContentScriptContext implements AbortController {
  readonly #controller = new AbortController();
  readonly #name: string;
  #watching = false;

  constructor(
    contentScriptName: string,
    readonly options?: Options,
  ) {
    this.#name = contentScriptName;
    const type = this.#event('wxt:content-script-started');
    const id = Math.random().toString(36).slice(2);
    const detail = { contentScriptName, messageId: id };
    // What WXT's context does on start: older copies (this class or WXT's) listen for it and stop.
    document.dispatchEvent(new CustomEvent(type, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type, ...detail }, '*');
    this.addEventListener(document, type, (event: Event) => {
      const from = (event as CustomEvent<typeof detail | undefined>).detail;
      if (from?.contentScriptName === contentScriptName && from.messageId !== id) this.notifyInvalidated();
    });
  }

  /** WXT's unique event names: the extension's id and the script's name keep other extensions' copies apart. */
  #event(name: string): string {
    return `${browser?.runtime?.id}:${this.#name}:${name}`;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** Runs `schedule(guarded)` and cancels it with `cancel` when the context is invalidated. */
  #guard<A extends unknown[]>(
    callback: (...args: A) => void,
    schedule: (run: (...args: A) => void) => number,
    cancel: (id: number) => void,
  ): number {
    const id = schedule((...args) => {
      if (this.isValid) callback(...args);
    });
    this.onInvalidated(() => cancel(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    return this.#guard(handler, (run) => setInterval(run, timeout) as unknown as number, clearInterval);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    return this.#guard(handler, (run) => setTimeout(run, timeout) as unknown as number, clearTimeout);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions,
  ): void {
    if (type === 'wxt:locationchange' && this.isValid) this.#watchLocation();
    target.addEventListener?.(type.startsWith('wxt:') ? this.#event(type) : type, handler, {
      ...options,
      signal: this.signal,
    });
  }

  /** SPA navigation: the Navigation API where there is one (Chromium), else a check of the URL every second. */
  #watchLocation(): void {
    if (this.#watching) return;
    this.#watching = true;
    const type = this.#event('wxt:locationchange');
    let last = new URL(location.href);
    const check = (url: URL) => {
      if (url.href === last.href) return;
      window.dispatchEvent(new LocationChange(type, url, last));
      last = url;
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function')
      navigation.addEventListener(
        'navigate',
        (event) => check(new URL((event as Event & { destination: { url: string } }).destination.url)),
        { signal: this.signal },
      );
    else this.setInterval(() => check(new URL(location.href)), 1000);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
