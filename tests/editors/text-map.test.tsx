/**
 * text-map on the DOM shapes real editors produce (happy-dom): block and line-break mapping, the placeholder <br>s,
 * zero-width fillers and non-editable widgets, and DOM point ↔ offset round trips. The browser specs check the same
 * mapping against each editor's model; these pin the edge cases.
 */
import { describe, expect, test } from 'vitest';
import { mapText, offsetAt, pointAt, rangeFor } from '../../lib/editors/text-map';

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
