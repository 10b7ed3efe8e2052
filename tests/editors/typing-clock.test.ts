// @vitest-environment happy-dom
/**
 * The typing clock of a rich editor (lib/editors/undo-group.ts): which of the agent's events count as an edit, the
 * time send detection compares a DOM change with (lib/editors/rich.ts). An edit is noted when it is announced, so a
 * change whose mutation records arrive before its `input` event is still the agent's.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trackTyping } from '../../lib/editors/undo-group';

describe('trackTyping', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 10_000, toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const editor = () => {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    document.body.append(root);
    return { root, clock: trackTyping(root) };
  };

  test('beforeinput, cut and the deletion keys are edits, noted before the DOM changes', () => {
    const { root, clock } = editor();
    const events = [
      new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true }),
      new Event('cut', { bubbles: true }),
      new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }),
      new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }),
      new InputEvent('input', { inputType: 'insertText', bubbles: true }),
    ];
    for (const event of events) {
      vi.advanceTimersByTime(1000);
      root.dispatchEvent(event);
      expect(clock.lastEditAt(), event.type).toBe(Date.now());
    }
  });

  test('other keys move the typing clock but are no edit: Enter may be the page’s send shortcut', () => {
    const { root, clock } = editor();
    root.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true }));
    const typedAt = Date.now();
    vi.advanceTimersByTime(600);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    root.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    expect(clock.lastInputAt()).toBe(Date.now());
    expect(clock.lastEditAt()).toBe(typedAt);
  });

  test('events in the editor’s children count; an editor that stops propagation does not hide them', () => {
    const { root, clock } = editor();
    const paragraph = document.createElement('p');
    root.append(paragraph);
    paragraph.addEventListener('keydown', (event) => event.stopPropagation());
    vi.advanceTimersByTime(1000);
    paragraph.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
    expect(clock.lastEditAt()).toBe(Date.now());
  });
});
