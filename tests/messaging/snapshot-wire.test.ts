import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CustomerMessage, DraftSnapshot } from '../../lib/messaging/protocol';
import { decodeSnapshot, encodeSnapshot, type WireSnapshot } from '../../lib/messaging/snapshot-wire';

const customer: CustomerMessage = { text: 'My export fails every time.', source: 'site' };
const snapshot = (draft: string, revision: number, extra: Partial<DraftSnapshot> = {}): DraftSnapshot => ({
  editorId: 'f1-1',
  editorKind: 'textarea',
  site: 'generic',
  url: 'https://support.example.test/ticket/1',
  draft,
  selection: { start: draft.length, end: draft.length },
  customer,
  revision,
  composing: false,
  at: 1_700_000_000_000 + revision,
  ...extra,
});
/** What Chromium's port does to a message: JSON, which drops undefined fields. */
const overJson = (wire: WireSnapshot) => JSON.parse(JSON.stringify(wire)) as WireSnapshot;

describe('snapshot wire format', () => {
  test('after the first snapshot, a keystroke travels as its edit, without an unchanged customer message', () => {
    const first = snapshot('Sorry for the wait', 1);
    const next = snapshot('Sorry for the wait!', 2);
    expect(encodeSnapshot(undefined, first)).toBe(first);
    const wire = overJson(encodeSnapshot(first, next));
    expect(wire).not.toHaveProperty('draft');
    expect(wire).not.toHaveProperty('customer');
    expect(wire).toMatchObject({ edit: [18, 18, '!'], revision: 2 });
    expect(decodeSnapshot(first, wire)).toEqual(next);
  });

  test('a new customer message, another editor, or no previous snapshot: sent as they are', () => {
    const first = snapshot('Hi', 1);
    const changed = snapshot('Hi', 2, { customer: { ...customer } });
    expect(decodeSnapshot(first, overJson(encodeSnapshot(first, changed)))).toEqual(changed);
    const none = snapshot('Hi', 2, { customer: null });
    expect(decodeSnapshot(first, overJson(encodeSnapshot(first, none)))).toEqual(none);
    const other = snapshot('Hello', 1, { editorId: 'f1-2' });
    expect(encodeSnapshot(first, other)).toBe(other);
  });

  test('an edit the receiver cannot apply is refused, so the port can be reopened', () => {
    const first = snapshot('Hi there', 1);
    const wire = encodeSnapshot(first, snapshot('Hi there!', 2));
    expect(decodeSnapshot(undefined, wire)).toBeNull();
    expect(decodeSnapshot(snapshot('Hi', 1), wire)).toBeNull();
    expect(decodeSnapshot(snapshot('Hi there', 1, { editorId: 'f1-9' }), wire)).toBeNull();
  });

  test('any sequence of drafts is rebuilt exactly on the other side', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 8 }), (drafts) => {
        let sent: DraftSnapshot | undefined;
        let received: DraftSnapshot | undefined;
        drafts.forEach((draft, i) => {
          const next = snapshot(draft, i + 1);
          const decoded = decodeSnapshot(received, overJson(encodeSnapshot(sent, next)));
          expect(decoded).toEqual(next);
          sent = next;
          received = decoded!;
        });
      }),
    );
  });
});
