/** DOM selection access that works inside same-origin iframes and open shadow roots (Chromium and Firefox). */

interface ShadowRootWithSelection extends ShadowRoot {
  getSelection?: () => Selection | null;
}

function shadowRootOf(node: Node): ShadowRootWithSelection | null {
  const rootNode = node.getRootNode();
  // `instanceof ShadowRoot` fails across iframe realms, so check the shape.
  return rootNode.nodeType === 11 && 'host' in rootNode ? (rootNode as ShadowRootWithSelection) : null;
}

/** The selection's first range as the page sees it from inside `root`'s tree, or null. */
export function currentRange(root: Element): StaticRange | Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const shadow = shadowRootOf(root);
  if (shadow) {
    if (typeof shadow.getSelection === 'function') {
      const inner = shadow.getSelection();
      return inner && inner.rangeCount > 0 ? inner.getRangeAt(0) : null;
    }
    const composed = (
      selection as Selection & { getComposedRanges?: (opts: { shadowRoots: ShadowRoot[] }) => StaticRange[] }
    ).getComposedRanges?.({ shadowRoots: [shadow] });
    return composed?.[0] ?? null;
  }
  return selection.getRangeAt(0);
}

/** Puts the selection on `range` (which may lie inside a shadow root or an iframe document). */
export function selectRange(root: Element, range: Range): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}
