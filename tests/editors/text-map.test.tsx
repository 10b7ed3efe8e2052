/**
 * text-map on the DOM shapes real editors produce (happy-dom): block and line-break mapping, the placeholder <br>s,
 * zero-width fillers and non-editable widgets, and DOM point ↔ offset round trips. The browser specs check the same
 * mapping against each editor's model; these pin the edge cases.
 */
import { describe, expect, test } from 'vitest';
import { mapText, offsetAt, pointAt, rangeFor, remapText } from '../../lib/editors/text-map';

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

describe('the kept map after typing (remapText)', () => {
  const html =
    '<p>Hi <b>Ana</b>,</p><p><br></p><p>thanks&nbsp;for <i>waiting</i>.</p><ul><li>one</li><li>two</li></ul>';
  /** The map of a fresh `html`, `edit` applied, and what the observer saw. */
  const edited = (edit: (element: HTMLElement) => void) => {
    const element = root(html);
    const map = mapText(element);
    const observer = new MutationObserver(() => {});
    observer.observe(element, { childList: true, characterData: true, subtree: true, attributes: true });
    edit(element);
    const records = observer.takeRecords();
    observer.disconnect();
    return { element, map, records };
  };
  const textNodes = (element: HTMLElement) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    return nodes;
  };

  test('edits inside text nodes give what a fresh walk gives, offsets included', () => {
    // Every text node in turn, and several at once: inserted, deleted, replaced, a no-break space typed.
    const count = textNodes(root(html)).length;
    const edits: Array<(nodes: Text[]) => void> = [];
    for (let i = 0; i < count; i += 1) {
      edits.push((nodes) => nodes[i]!.insertData(nodes[i]!.length, 'xyz'));
      edits.push((nodes) => nodes[i]!.deleteData(0, 1));
      edits.push((nodes) => (nodes[i]!.data = 'replaced\u00a0words'));
    }
    edits.push((nodes) => {
      nodes[0]!.appendData('!!');
      nodes[count - 1]!.deleteData(0, 2);
      nodes[1]!.insertData(1, 'nn');
    });
    for (const edit of edits) {
      const { element, map, records } = edited((el) => edit(textNodes(el)));
      const fresh = mapText(element);
      // A node left empty is skipped by a fresh walk: that edit must ask for one.
      const emptied = textNodes(element).some((node) => node.data === '');
      expect(remapText(map, records), fresh.text).toBe(!emptied);
      if (!emptied) expect(map).toEqual(fresh);
    }
  });

  test('anything else makes a fresh walk necessary', () => {
    const cases: Array<(element: HTMLElement) => void> = [
      (element) => element.append(document.createElement('p')),
      (element) => textNodes(element)[0]!.remove(),
      (element) => element.querySelector('b')!.setAttribute('contenteditable', 'false'),
      // A text node left holding only a zero-width filler is skipped by mapText.
      (element) => (textNodes(element)[1]!.data = '\ufeff'),
    ];
    for (const edit of cases) {
      const { map, records } = edited(edit);
      expect(remapText(map, records)).toBe(false);
    }
  });
});
