/** Coordinates across same-origin frames: the overlay lives in the top document this script owns. */

export interface Offset {
  x: number;
  y: number;
}

/** Where `doc`'s viewport starts in `top`'s viewport (0,0 when they are the same document). */
export function frameOffset(doc: Document, top: Document): Offset {
  let x = 0;
  let y = 0;
  for (let view: Window | null = doc.defaultView; view && view.document !== top; view = view.parent) {
    const frame = view.frameElement;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
    if (view.parent === view) break;
  }
  return { x, y };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function moved(rect: Box, by: Offset): Box {
  return { left: rect.left + by.x, top: rect.top + by.y, right: rect.right + by.x, bottom: rect.bottom + by.y };
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
  return x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack;
}
