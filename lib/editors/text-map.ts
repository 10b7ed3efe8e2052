/**
 * Maps a rich editor's DOM to plain text and back, so Attune speaks UTF-16 offsets everywhere and only this module
 * knows about nodes. Text = the editor's blocks joined by "\n"; a `<br>` inside a block is "\n"; the `<br>` that only
 * keeps an empty or trailing line open (every editor puts one there) counts for nothing; zero-width filler text
 * (Slate, Lexical) and non-editable widgets (placeholders, mentions chrome) are skipped. `&nbsp;` reads as a space,
 * which is what the editors' models hold.
 */
import { BLOCK_TAG_NAMES, tagSet } from './tags';

const BLOCK_TAGS = tagSet(`${BLOCK_TAG_NAMES} TBODY TD TFOOT TH THEAD`);

const ZERO_WIDTH_ONLY = /^[\u200b\ufeff]*$/;

/** One stretch of the text and where it came from. Separators between blocks have no node. */
export type TextSegment =
  | { kind: 'text'; node: Text; start: number; length: number }
  | { kind: 'br'; node: Element; start: number; length: 1 }
  | { kind: 'empty'; node: Element; start: number; length: 0 }
  | { kind: 'separator'; start: number; length: 1 };

export interface TextMap {
  root: Element;
  text: string;
  segments: TextSegment[];
}

type NodeSegment = Exclude<TextSegment, { kind: 'separator' }>;

function isSkipped(element: Element): boolean {
  if (element.getAttribute('contenteditable') === 'false') return true;
  if (element.getAttribute('data-mce-bogus') === 'all') return true;
  const tag = element.tagName;
  return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT';
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/** Walks `root` once and returns its text with a segment for every piece, in document order. */
export function mapText(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  // A line is "claimed" once it holds content or a block ended on it; the next block then starts a new line.
  let lineClaimed = false;
  let afterBlockEnd = false;
  let pendingBreak: Element | null = null;

  const push = (segment: TextSegment, value: string) => {
    segments.push(segment);
    parts.push(value);
    length += value.length;
  };
  const startLine = () => {
    if (lineClaimed) push({ kind: 'separator', start: length, length: 1 }, '\n');
    lineClaimed = false;
    afterBlockEnd = false;
  };
  const beforeInline = () => {
    if (afterBlockEnd) startLine();
    if (pendingBreak) {
      push({ kind: 'br', node: pendingBreak, start: length, length: 1 }, '\n');
      pendingBreak = null;
    }
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (ZERO_WIDTH_ONLY.test(text.data)) continue;
        beforeInline();
        push({ kind: 'text', node: text, start: length, length: text.data.length }, text.data.replace(/\u00a0/g, ' '));
        lineClaimed = true;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        if (element.tagName === 'BR') {
          beforeInline();
          // Only a later inline piece on the same line makes this <br> a real line break.
          pendingBreak = element;
          lineClaimed = true;
        } else if (isBlock(element)) {
          pendingBreak = null;
          startLine();
          const before = segments.length;
          walk(element);
          if (segments.length === before) {
            segments.push({ kind: 'empty', node: element, start: length, length: 0 });
          }
          pendingBreak = null;
          lineClaimed = true;
          afterBlockEnd = true;
        } else {
          walk(element);
        }
      }
    }
  };
  walk(root);
  return { root, text: parts.join(''), segments };
}

/**
 * Brings `map` up to date, in place, after `records` (of a MutationObserver on its root) if all they say is that
 * the data of some of its text nodes changed: the same text and segments as a fresh `mapText(map.root)`,
 * without walking the DOM. Typing in a word changes one text node's data, and a fresh walk of a long draft on every
 * keystroke cost most of a snapshot's reading. False when the change may alter the shape mapText gives — a node the
 * map does not hold (a widget's text, a zero-width filler), or one that now holds only zero-width characters (mapText
 * skips it) — and `map` is then no longer valid: map anew.
 */
export function remapText(map: TextMap, records: readonly MutationRecord[]): boolean {
  const changed = new Set<Node>();
  for (const record of records) {
    if (record.type !== 'characterData') return false;
    changed.add(record.target);
  }
  const parts: string[] = [];
  let found = 0;
  let delta = 0;
  let copiedTo = 0;
  for (const segment of map.segments) {
    const start = segment.start;
    // Every segment moves by what the edited text nodes before it gained or lost.
    segment.start += delta;
    if (segment.kind !== 'text' || !changed.has(segment.node)) continue;
    const data = segment.node.data;
    if (ZERO_WIDTH_ONLY.test(data)) return false;
    parts.push(map.text.slice(copiedTo, start), data.replace(/\u00a0/g, ' '));
    copiedTo = start + segment.length;
    delta += data.length - segment.length;
    segment.length = data.length;
    found += 1;
  }
  parts.push(map.text.slice(copiedTo));
  map.text = parts.join('');
  return found === changed.size;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

function pointOf(segment: NodeSegment, offsetInText: number): DomPoint {
  if (segment.kind === 'text')
    return { node: segment.node, offset: Math.min(offsetInText - segment.start, segment.length) };
  if (segment.kind === 'empty') return { node: segment.node, offset: 0 };
  const parent = segment.node.parentNode!;
  const index = Array.prototype.indexOf.call(parent.childNodes, segment.node) as number;
  return { node: parent, offset: offsetInText > segment.start ? index + 1 : index };
}

/** The DOM point at a text offset (clamped to the text). */
export function pointAt(map: TextMap, offset: number): DomPoint {
  const target = Math.max(0, Math.min(offset, map.text.length));
  let last: NodeSegment | null = null;
  for (const segment of map.segments) {
    if (segment.kind === 'separator') continue;
    last = segment;
    if (target >= segment.start && target <= segment.start + segment.length) return pointOf(segment, target);
    if (segment.start > target) return pointOf(segment, segment.start);
  }
  if (last) return pointOf(last, last.start + last.length);
  return { node: map.root, offset: 0 };
}

/** A DOM Range over the text span [start, end). */
export function rangeFor(map: TextMap, start: number, end: number): Range {
  const range = map.root.ownerDocument.createRange();
  const from = pointAt(map, start);
  const to = pointAt(map, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function closestBlock(node: Node, root: Element): Node {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nodeType === 1 && isBlock(current as Element)) return current;
  }
  return root;
}

/** The text offset of a DOM point inside the mapped root, or null when the point lies outside it. */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (node !== map.root && !map.root.contains(node)) return null;
  if (node.nodeType === 3) {
    for (const segment of map.segments) {
      if (segment.kind === 'text' && segment.node === node) return segment.start + Math.min(offset, segment.length);
    }
  }
  const probe = map.root.ownerDocument.createRange();
  probe.setStart(node, node.nodeType === 3 ? 0 : offset);
  let previous: NodeSegment | null = null;
  for (const segment of map.segments) {
    if (segment.kind === 'separator') continue;
    // comparePoint >= 0: the segment begins at or after the point.
    if (probe.comparePoint(segment.node, 0) >= 0) {
      if (previous && closestBlock(segment.node, map.root) !== closestBlock(node, map.root)) {
        return previous.start + previous.length;
      }
      return segment.start;
    }
    previous = segment;
  }
  return map.text.length;
}
