/**
 * Where focus really is. Capture `focusin` on the document and take `composedPath()[0]` so focus inside open shadow
 * roots is seen; for same-origin iframes (TinyMCE, CKEditor 4 classic, about:blank composers) the frame that can
 * reach the iframe's document listens inside it too, so one content script follows every editor of its origin.
 */

/** True when this frame's editors are handled by a same-origin parent frame that runs the same content script. */
export function handledByParentFrame(win: Window): boolean {
  try {
    return win !== win.top && win.frameElement !== null;
  } catch {
    return false;
  }
}

/** The deepest focused element: through open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (!active) return null;
    if (active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active.tagName === 'IFRAME' || active.tagName === 'FRAME') {
      const inner = sameOriginDocument(active as HTMLIFrameElement);
      if (!inner?.activeElement || (inner.activeElement === inner.body && !inner.body?.isContentEditable))
        return active;
      active = inner.activeElement;
    } else return active;
  }
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * Calls `onFocus` with the focused element whenever focus moves, in `doc` and in every same-origin iframe focus
 * enters. Returns the function that stops listening.
 */
export function watchFocus(doc: Document, onFocus: (target: Element) => void): () => void {
  const hooked = new Set<Document>();
  const onFocusIn = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target && (target as Node).nodeType === 1)) return;
    const element = target as Element;
    if (element.tagName === 'IFRAME') enterFrame(element as HTMLIFrameElement);
    else onFocus(element);
  };
  const enterFrame = (frame: HTMLIFrameElement) => {
    const inner = sameOriginDocument(frame);
    if (!inner) return;
    // addEventListener ignores duplicates, and `document.open()` in the frame drops listeners: re-add every time.
    inner.addEventListener('focusin', onFocusIn, true);
    hooked.add(inner);
    const active = deepActiveElement(inner);
    if (active) onFocus(active);
  };
  // Focus moving into an iframe blurs this window; the iframe element is then the active element here.
  const onWindowBlur = () => {
    setTimeout(() => {
      const active = doc.activeElement;
      if (active?.tagName === 'IFRAME') enterFrame(active as HTMLIFrameElement);
    });
  };
  doc.addEventListener('focusin', onFocusIn, true);
  doc.defaultView?.addEventListener('blur', onWindowBlur);
  return () => {
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.defaultView?.removeEventListener('blur', onWindowBlur);
    for (const inner of hooked) inner.removeEventListener('focusin', onFocusIn, true);
    hooked.clear();
  };
}
