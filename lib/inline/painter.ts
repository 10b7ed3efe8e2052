/**
 * Painting findings over an editor without changing it. Rich editors: ranges over the editor's own text nodes,
 * registered with the CSS Custom Highlight API. Form fields: a mirror of the field's text in the overlay, laid
 * over the field with the same box and font, transparent, never receiving input; its text carries the ranges.
 */
import type { InlineFinding } from '../messaging/protocol';
import { mapText, rangeFor } from '../editors/text-map';
import { contains, frameOffset, moved, type Box } from './geometry';
import { highlightCss, highlightName, paletteOf, SEVERITIES, type Palette } from './styles';
import { cutAfter, cutsExactly, mirrorEdit } from './mirror-text';
import { measured } from './bench-measure';

export interface Painter {
  readonly palette: Palette;
  /**
   * Shows `findings` (spans in the editor's current text); `active` gets the focus style. Per keystroke: when the
   * painted ranges already cover exactly these findings (live ranges follow the edits around them), it changes
   * nothing, and it never reads layout.
   */
  paint(findings: readonly InlineFinding[], active: string | null): void;
  /** The id of the finding under a point of the overlay's viewport. */
  hit(x: number, y: number): string | null;
  /** Where a finding is on screen, in the overlay's viewport; null when it is not painted. */
  box(id: string): Box | null;
  /** Follows the field's box and scroll (mirror only). */
  follow(): void;
  clear(): void;
  dispose(): void;
}

type View = Window & typeof globalThis;

interface PaintedRange {
  id: string;
  severity: InlineFinding['severity'];
  range: Range;
  text: string;
}

/** One stylesheet per document or shadow root, holding only `::highlight()` rules. */
function adoptHighlightSheet(scope: Document | ShadowRoot, view: View, transparentText: boolean): () => void {
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(highlightCss(transparentText));
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  return () => {
    scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

function registryOf(doc: Document): { view: View; registry: HighlightRegistry } | null {
  const view = doc.defaultView as View | null;
  const registry = view?.CSS?.highlights;
  return view && registry ? { view, registry } : null;
}

/** True when `highlight` holds exactly `ranges`, in that order. */
function holds(highlight: Highlight | undefined, ranges: readonly AbstractRange[]): boolean {
  if (highlight?.size !== ranges.length) return false;
  let i = 0;
  for (const range of highlight) if (range !== ranges[i++]) return false;
  return true;
}

/**
 * Registers the painted ranges by severity; the active one also under the active name, above the rest. A name whose
 * ranges are the very ones it already holds keeps its Highlight: a new one makes the browser repaint every range
 * of it, and a keystroke mostly changes one finding of one severity.
 */
function register(doc: Document, palette: Palette, painted: readonly PaintedRange[], active: string | null): void {
  const reg = registryOf(doc);
  if (!reg) return;
  const set = (name: string, ranges: Range[], priority: number) => {
    if (ranges.length === 0) reg.registry.delete(name);
    else if (!holds(reg.registry.get(name), ranges)) {
      const highlight = new reg.view.Highlight(...ranges);
      highlight.priority = priority;
      reg.registry.set(name, highlight);
    }
  };
  for (const severity of SEVERITIES)
    set(
      highlightName(palette, severity),
      painted.filter((p) => p.severity === severity).map((p) => p.range),
      0,
    );
  set(
    highlightName(palette, 'active'),
    painted.filter((p) => p.id === active).map((p) => p.range),
    1,
  );
}

function unregister(doc: Document, palette: Palette): void {
  const reg = registryOf(doc);
  if (!reg) return;
  for (const kind of [...SEVERITIES, 'active'] as const) reg.registry.delete(highlightName(palette, kind));
}

/** What differs between the two painters: where ranges come from, how one is checked, what else to follow. */
interface PainterParts {
  /** The document whose highlight registry holds the ranges. */
  doc: Document;
  overlayDoc: Document;
  palette: Palette;
  /** Ranges for `findings`; `painted` are the ones shown now, whose ranges it may keep. */
  place(findings: readonly InlineFinding[], painted: readonly PaintedRange[]): PaintedRange[];
  /** Brings what the ranges live in up to date with the editor before a paint (the mirror's text). */
  sync(): void;
  /** The painted range's text now; different from `text` once the words under it changed. */
  current(painted: PaintedRange): string;
  follow(): void;
  dispose(): void;
}

/**
 * True when `painted` is `findings`, one range each, in order, every range still over the words it was painted on.
 * A finding's id is its key (a hash of its words and their context) made unique in the list, so the same id means
 * the same words.
 */
function paintsExactly(
  painted: readonly PaintedRange[],
  findings: readonly InlineFinding[],
  current: (painted: PaintedRange) => string,
): boolean {
  return (
    painted.length === findings.length &&
    findings.every((f, i) => {
      const p = painted[i]!;
      return p.id === f.id && p.severity === f.severity && current(p) === p.text;
    })
  );
}

function createPainter(parts: PainterParts): Painter {
  const { doc, overlayDoc, palette } = parts;
  let painted: PaintedRange[] = [];
  let active: string | null = null;
  const offset = () => frameOffset(doc, overlayDoc);
  const clear = () => {
    painted = [];
    unregister(doc, palette);
  };
  return {
    palette,
    paint(findings, activeKey) {
      parts.sync();
      if (activeKey === active && paintsExactly(painted, findings, parts.current)) return;
      active = activeKey;
      painted = parts.place(findings, painted);
      register(doc, palette, painted, active);
    },
    hit(x, y) {
      const by = offset();
      for (const p of painted)
        for (const rect of p.range.getClientRects()) if (contains(moved(rect, by), x, y, 1)) return p.id;
      return null;
    },
    box(id) {
      const found = painted.find((p) => p.id === id);
      return found ? moved(found.range.getClientRects()[0] ?? found.range.getBoundingClientRect(), offset()) : null;
    },
    follow: parts.follow,
    clear,
    dispose() {
      clear();
      parts.dispose();
    },
  };
}

export function createRichPainter(root: Element, overlayDoc: Document): Painter {
  const doc = root.ownerDocument;
  return createPainter({
    doc,
    overlayDoc,
    palette: paletteOf(root),
    place(findings) {
      const map = mapText(root);
      return findings.map((f) => {
        const range = rangeFor(map, f.span.start, f.span.end);
        return { id: f.id, severity: f.severity, range, text: range.toString() };
      });
    },
    // The ranges are over the editor's own text nodes: nothing to bring up to date.
    sync() {},
    // Live ranges follow edits around them; one whose own text changed (or whose nodes were replaced) is stale.
    current: ({ range }) =>
      // What range.toString() gives for a range inside one text node (a finding's usual shape), without its walk.
      range.startContainer === range.endContainer && range.startContainer.nodeType === 3
        ? (range.startContainer as Text).data.slice(range.startOffset, range.endOffset)
        : range.toString(),
    follow() {},
    dispose: registryOf(doc)
      ? adoptHighlightSheet(root.getRootNode() as Document | ShadowRoot, doc.defaultView as View, false)
      : () => {},
  });
}

/** Computed properties that decide where the field's characters fall. */
const MIRRORED = (
  'fontFamily fontSize fontWeight fontStyle fontStretch fontVariant fontFeatureSettings letterSpacing wordSpacing lineHeight ' +
  'textTransform textIndent textAlign tabSize direction whiteSpace wordBreak overflowWrap paddingTop paddingRight ' +
  'paddingBottom paddingLeft borderTopWidth borderRightWidth borderBottomWidth borderLeftWidth borderStyle'
).split(' ') as Array<keyof CSSStyleDeclaration & string>;

/** The longest a mirror waits for an idle moment to check where its field is. */
const FOLLOW_IDLE_MS = 500;
/** How often new findings may make a mirror check where its field is (a resize or scroll is followed at once). */
const FOLLOW_EVERY_MS = 1000;
/** How long the findings stay still before a mirror lets go of text they no longer need. */
const TRIM_MS = 500;

export function createMirrorPainter(field: HTMLTextAreaElement | HTMLInputElement, overlay: ShadowRoot): Painter {
  const overlayDoc = overlay.ownerDocument;
  const fieldView = field.ownerDocument.defaultView!;
  const mirror = overlayDoc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  // The field's scroll position moves this box inside the mirror (the mirror may hold less text than the field, so
  // it cannot scroll as far itself).
  const content = overlayDoc.createElement('div');
  const text = overlayDoc.createTextNode('');
  content.append(text);
  mirror.append(content);
  overlay.append(mirror);
  const unadopt = registryOf(overlayDoc)
    ? adoptHighlightSheet(overlay, overlayDoc.defaultView as View, true)
    : () => {};
  let styledFor = '';
  let shiftedBy = '';
  let cancelFollow: (() => void) | null = null;
  let followedAt = -Infinity;
  /** The field's text at the last sync; the mirror holds its first `kept` characters (mirror-text.ts). */
  let synced = '';
  let kept = 0;
  let ranges: Range[] = [];
  const alignmentOf = (style: CSSStyleDeclaration) => ({
    direction: style.direction,
    textAlign: style.textAlign,
    textAlignLast: style.textAlignLast,
  });
  let alignment = alignmentOf(fieldView.getComputedStyle(field));

  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Makes the mirror hold what ranges ending at `furthest` need: nothing, a prefix (mirror-text.ts), or all.
   * `growOnly`: text it no longer needs stays until the findings have been still for TRIM_MS. A keystroke in a
   * finding drops it at once and its analysis paints it again a moment later; cutting the text and putting it back
   * in between would make the browser lay the mirror's text out again twice a key.
   */
  const fit = (furthest: number, growOnly = false) => {
    const target = furthest <= 0 ? 0 : cutsExactly(synced, alignment) ? cutAfter(synced, furthest) : synced.length;
    if (target < kept && growOnly) {
      clearTimeout(trimTimer);
      trimTimer = setTimeout(() => measured(overlayDoc, () => fit(furthestRange())), TRIM_MS);
      return;
    }
    if (target > kept) text.insertData(kept, synced.slice(kept, target));
    else if (target < kept) text.deleteData(target, kept - target);
    kept = target;
  };
  const furthestRange = () => ranges.reduce((end, range) => Math.max(end, range.endOffset), 0);

  /**
   * Follows the field's box, style and scroll position. Read only when they may have changed — at a resize, a
   * scroll or a zoom (coach.ts listens), and when the painted findings change — never per keystroke: the field's
   * box is cached in `styledFor`, and reading it after an edit would force a layout of the page.
   */
  const follow = () => {
    const style = fieldView.getComputedStyle(field);
    const rect = moved(field.getBoundingClientRect(), frameOffset(field.ownerDocument, overlayDoc));
    const key = `${rect.left},${rect.top},${rect.right},${rect.bottom},${style.font},${style.direction},${style.textAlign},${field.clientWidth}`;
    if (key !== styledFor) {
      styledFor = key;
      const target = mirror.style as unknown as Record<string, string>;
      for (const property of MIRRORED) target[property] = String(style[property]);
      // The field's scrollbar narrows its text box; the mirror has none, so it pads by the same width instead.
      const scrollbar =
        field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      Object.assign(mirror.style, {
        paddingRight: `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`,
        whiteSpace: field.tagName === 'INPUT' ? 'pre' : style.whiteSpace,
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        width: `${rect.right - rect.left}px`,
        height: `${rect.bottom - rect.top}px`,
      });
      alignment = alignmentOf(style);
      fit(furthestRange(), true);
    }
    const shift = `translate(${-field.scrollLeft}px,${-field.scrollTop}px)`;
    if (shift !== shiftedBy) content.style.transform = shiftedBy = shift;
  };
  const view = overlayDoc.defaultView!;
  /**
   * Follows the field soon without forcing a layout: at the next frame the first time (the mirror has no box yet),
   * later once the page is idle — its frame has laid the page out by then, so reading the field's box and style costs
   * no layout of its own (at a frame it would force the layout the keystroke left due). The field rarely moves
   * without a resize or scroll (which coach.ts follows at once); this only catches that.
   */
  const followSoon = () => {
    if (cancelFollow) return;
    const run = () => {
      cancelFollow = null;
      followedAt = performance.now();
      measured(overlayDoc, follow);
    };
    if (styledFor) {
      // At most once every FOLLOW_EVERY_MS: typing in a finding paints it again every key.
      const timer = setTimeout(
        () => {
          const idle = view.requestIdleCallback(run, { timeout: FOLLOW_IDLE_MS });
          cancelFollow = () => view.cancelIdleCallback(idle);
        },
        Math.max(0, followedAt + FOLLOW_EVERY_MS - performance.now()),
      );
      cancelFollow = () => clearTimeout(timer);
    } else {
      const frame = view.requestAnimationFrame(run);
      cancelFollow = () => view.cancelAnimationFrame(frame);
    }
  };
  /**
   * Brings the mirror's text up to date with the field's: one replacement of the edited stretch, when it lies in
   * what the mirror holds (the ranges after it move with the text, by the DOM's range rules, and the browser lays
   * out one change); nothing at all when it lies past it.
   */
  const syncText = () => {
    const value = field.value;
    if (value === synced) return;
    const edit = mirrorEdit(synced, value, kept);
    synced = value;
    if (!edit) return;
    text.replaceData(edit.at, edit.count, edit.text);
    kept = edit.kept;
    fit(furthestRange());
  };

  return createPainter({
    doc: overlayDoc,
    overlayDoc,
    palette: paletteOf(field),
    place(findings, painted) {
      fit(
        findings.reduce((end, f) => Math.max(end, Math.min(f.span.end, synced.length)), 0),
        true,
      );
      // A finding still painted over its very span keeps its range (and its highlight, register() says why).
      const shown = new Map(painted.map((p) => [p.id, p]));
      let added = false;
      const placed = findings.map((f): PaintedRange => {
        const start = Math.min(f.span.start, kept);
        const end = Math.min(f.span.end, kept);
        const old = shown.get(f.id);
        if (old?.severity === f.severity && old.text === f.actual) {
          const { range } = old;
          if (range.startOffset === start && range.endOffset === end) return old;
        }
        added = true;
        const range = overlayDoc.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return { id: f.id, severity: f.severity, range, text: f.actual };
      });
      ranges = placed.map((p) => p.range);
      // New findings are shown: check where the field is once the page is idle (its layout is then up to date).
      if (added) followSoon();
      return placed;
    },
    sync: syncText,
    // `synced` is the field's value: paint() syncs before it asks (no copy of a long value per finding).
    current: (p) => synced.slice(p.range.startOffset, p.range.endOffset),
    follow,
    dispose() {
      cancelFollow?.();
      clearTimeout(trimTimer);
      unadopt();
      mirror.remove();
    },
  });
}
