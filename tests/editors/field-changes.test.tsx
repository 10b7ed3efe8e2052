/**
 * Which events of a text field report a change (happy-dom): a typing key's keyup adds nothing to the reading its
 * `input` already made, a key that moved the caret without input (arrows, Home) still reports one; a rich editor
 * reports an edit by its mutations alone.
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

function subscribedRich() {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.textContent = 'hello';
  document.body.replaceChildren(root);
  root.focus();
  const handle = attachEditor(root)!;
  const changes: ChangeCause[] = [];
  const stop = handle.subscribe((cause) => changes.push(cause));
  return { root, changes, stop };
}

/** The mutation records of a change are delivered in a microtask, as after a real keystroke's `input`. */
const delivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

test('a rich editor reports a typing key once: by its mutations, not again by its input or keyup', async () => {
  const { root, changes, stop } = subscribedRich();
  key(root, 'keydown', 'a');
  root.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: 'a' }));
  (root.firstChild as Text).appendData('a');
  root.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'a' }));
  await delivered();
  key(root, 'keyup', 'a');
  expect(changes).toEqual([{}]);
  key(root, 'keydown', 'ArrowLeft');
  key(root, 'keyup', 'ArrowLeft');
  expect(changes).toEqual([{}, {}]);
  stop();
});
