/**
 * The handle for `<textarea>` and text `<input>`: `.value` and the selection offsets are the truth, execCommand
 * writes through the browser's undo stack (React-controlled fields accept it too), setRangeText is the fallback.
 */
import type { ApplyResult } from '../messaging/protocol';
import type { ChangeCause, DraftReading, EditorAdapter, EditorHandle, WriteRequest, WriteStrategy } from './types';
import { settledRead } from './settle';
import { keyupUnlessTyped, listen, trackComposition } from './listen';

type Field = HTMLTextAreaElement | HTMLInputElement;

function runFieldStrategy(field: Field, strategy: WriteStrategy, request: WriteRequest): boolean {
  if (strategy === 'execCommand') {
    field.focus({ preventScroll: true });
    field.setSelectionRange(request.start, request.end);
    const command = request.text === '' ? 'delete' : 'insertText';
    return field.ownerDocument.execCommand(command, false, request.text);
  }
  if (strategy === 'set-range-text') {
    field.setRangeText(request.text, request.start, request.end, 'end');
    field.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: request.text }),
    );
    return true;
  }
  return false;
}

export function createFieldHandle(field: Field, adapter: EditorAdapter): EditorHandle {
  const composition = trackComposition();
  const read = (): DraftReading => ({
    text: field.value,
    selection:
      field.selectionStart === null
        ? null
        : { start: field.selectionStart, end: field.selectionEnd ?? field.selectionStart },
  });

  return {
    kind: adapter.kind,
    root: field,
    get composing() {
      return composition.active;
    },
    read,
    subscribe(onChange: (cause: ChangeCause) => void) {
      let lastValue = field.value;
      const onSelect = () => onChange({});
      const [typed, keyup] = keyupUnlessTyped(onSelect);
      // Pages clear or fill fields from script (after sending, from templates): no event fires, so poll the value.
      const poll = setInterval(() => {
        if (field.value !== lastValue) {
          lastValue = field.value;
          onChange({ inputType: 'script' });
        }
      }, 1000);
      const unlisten = listen(field, {
        input: (event) => {
          lastValue = field.value;
          typed();
          onChange({ inputType: (event as InputEvent).inputType });
        },
        select: onSelect,
        keyup,
        mouseup: onSelect,
        ...composition.listeners(onChange),
      });
      return () => {
        clearInterval(poll);
        unlisten();
      };
    },
    async write(request: WriteRequest): Promise<ApplyResult> {
      const before = field.value;
      const expected = before.slice(0, request.start) + request.text + before.slice(request.end);
      for (const strategy of adapter.strategies) {
        const ran = runFieldStrategy(field, strategy, request);
        const after = ran ? await settledRead(() => field.value, expected) : field.value;
        if (after === expected) return { ok: true, strategy, draft: after };
        if (after !== before) return { ok: false, reason: 'failed', strategy, draft: after };
      }
      return { ok: false, reason: 'failed', draft: field.value };
    },
  };
}
