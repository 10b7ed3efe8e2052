/**
 * Which events of a text field report a change (happy-dom): a typing key's keyup adds nothing to the reading its
 * `input` already made, a key that moved the caret without input (arrows, Home) still reports one.
 */
import { expect, test } from 'vitest';
import { attachEditor, type ChangeCause } from '../../lib/editors';

function subscribed() {
  const field = document.createElement('textarea');
  field.value = 'hello';
  document.body.replaceChildren(field);
  const handle = attachEditor(field)!;
  const changes: ChangeCause[] = [];
  const stop = handle.subscribe((cause) => changes.push(cause));
  return { field, changes, stop };
}

const key = (field: Element, type: string, name: string) =>
  field.dispatchEvent(new KeyboardEvent(type, { key: name, bubbles: true }));

test("a typing key's keyup reports nothing after its input", () => {
  const { field, changes, stop } = subscribed();
  key(field, 'keydown', 'a');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
  key(field, 'keyup', 'a');
  expect(changes).toEqual([{ inputType: 'insertText' }]);
  stop();
});

test('a key without input reports its keyup, also right after a typing key', () => {
  const { field, changes, stop } = subscribed();
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
  key(field, 'keyup', 'a');
  key(field, 'keydown', 'ArrowLeft');
  key(field, 'keyup', 'ArrowLeft');
  key(field, 'keyup', 'Home');
  expect(changes).toEqual([{ inputType: 'insertText' }, {}, {}]);
  stop();
});
