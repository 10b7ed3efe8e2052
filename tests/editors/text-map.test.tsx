/**
 * text-map on the DOM shapes real editors produce (happy-dom): block and line-break mapping, the placeholder <br>s,
 * zero-width fillers and non-editable widgets, and DOM point ↔ offset round trips. The browser specs check the same
 * mapping against each editor's model; these pin the edge cases.
 */
import { describe, expect, test } from 'vitest';
import { mapText, offsetAt, patchText, pointAt, rangeFor } from '../../lib/editors/text-map';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

describe('text of editor DOMs', () => {
  test.each([
    [
      'ProseMirror paragraphs with an empty one',
      '<p>Hi</p><p><br class="ProseMirror-trailingBreak"></p><p>there</p>',
      'Hi\n\nthere',
    ],
    [
      'Chrome plain contenteditable',
      'first<div>second</div><div><br></div><div>fourth</div>',
      'first\nsecond\n\nfourth',
    ],
    ['a line break inside a block, and the trailing placeholder', '<p>a<br>b<br></p>', 'a\nb'],
    ['nested lists', '<ul><li><p>one</p></li><li><p>two</p></li></ul><p>after</p>', 'one\ntwo\nafter'],
    [
      'Slate zero-width filler in an empty line',
      '<div><span>x</span></div><div><span data-slate-zero-width="n">\ufeff<br></span></div>',
      'x\n',
    ],
    ['placeholders that are not text', '<p><span contenteditable="false">Type here…</span>hello</p>', 'hello'],
    ['&nbsp; reads as a space', '<p>a&nbsp; b</p>', 'a  b'],
  ])('%s', (_name, html, text) => {
    expect(mapText(root(html)).text).toBe(text);
  });
});

describe('offsets and DOM points', () => {
  test('every offset maps to a point that maps back to the same offset', () => {
    const element = root('<p>Hello <b>there</b></p><p><br></p><p>again</p>');
    const map = mapText(element);
    expect(map.text).toBe('Hello there\n\nagain');
    for (let offset = 0; offset <= map.text.length; offset += 1) {
      const point = pointAt(map, offset);
      expect(offsetAt(map, point.node, point.offset), `offset ${offset}`).toBe(offset);
    }
  });

  test('a range over a span selects exactly its text', () => {
    const element = root('<p>Thanks for <i>waiting</i>.</p><p>Bye</p>');
    const map = mapText(element);
    const start = map.text.indexOf('for waiting');
    expect(rangeFor(map, start, start + 'for waiting'.length).toString()).toBe('for waiting');
    expect(rangeFor(map, map.text.indexOf('Bye'), map.text.length).toString()).toBe('Bye');
  });

  test('points outside the editor have no offset', () => {
    const element = root('<p>inside</p>');
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(offsetAt(mapText(element), outside, 0)).toBeNull();
  });
});

describe('patching the map after text edits', () => {
  const EDITOR_DOMS = [
    '<p>Hello <b>there</b></p><p><br></p><p>again&nbsp;now</p>',
    'first<div>second</div><div><br></div><div>fourth</div>',
    '<ul><li><p>one</p></li><li><p>two</p></li></ul><p>after <i>it</i><br>b<br></p>',
    '<div><span>x</span></div><div><span data-slate-zero-width="n">\ufeff<br></span></div><p>y</p>',
  ];
  // Deterministic pseudo-random edits: the property is "patched === walked", over many shapes of edit.
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const PIECES = ['a', ' ', '\u00a0', 'word ', '', 'é', '😀'];

  test.each(EDITOR_DOMS)('equals a fresh walk after random text edits: %s', (html) => {
    const element = root(html);
    let map = mapText(element);
    for (let step = 0; step < 200; step += 1) {
      const texts = map.segments.flatMap((segment) => (segment.kind === 'text' ? [segment.node] : []));
      const changed = new Set<Text>();
      for (let n = 1 + Math.floor(random() * 2); n > 0; n -= 1) {
        const node = texts[Math.floor(random() * texts.length)]!;
        const at = Math.floor(random() * (node.data.length + 1));
        const cut = Math.min(node.data.length - at, Math.floor(random() * 3));
        const piece = PIECES[Math.floor(random() * PIECES.length)]!;
        // Never empty a node: an empty text node is not mapped text any more (the fallback test covers it).
        if (node.data.length - cut + piece.length === 0) continue;
        node.replaceData(at, cut, piece);
        changed.add(node);
      }
      const patched = patchText(map, changed);
      const walked = mapText(element);
      expect(patched?.text, `step ${step}`).toBe(walked.text);
      expect(patched?.segments).toEqual(walked.segments);
      for (const node of changed) expect(offsetAt(patched!, node, 1)).toBe(offsetAt(walked, node, 1));
      map = patched!;
    }
  });

  test('a change it cannot follow by patching asks for a walk', () => {
    const element = root('<p>Hi <span contenteditable="false">chip</span>there</p>');
    const map = mapText(element);
    const [hi] = map.segments.flatMap((segment) => (segment.kind === 'text' ? [segment.node] : []));
    // Text the map skips (a non-editable widget) and a node that became zero-width filler both reshape the walk.
    const widget = element.querySelector('span')!.firstChild!;
    expect(patchText(map, [widget])).toBeNull();
    hi!.data = '\u200b';
    expect(patchText(map, [hi!])).toBeNull();
    expect(patchText(map, [])).toBe(map);
  });
});
