/**
 * The snapshot port's wire format (ports.ts). A snapshot carries the whole draft, and posting a 1,000-word draft
 * costs the page ~0.3 ms in Chromium, most of what a keystroke cost it; an edit is a few characters. So after the
 * first snapshot on a port, each one carries only the stretch of the draft that changed since the one before it on
 * the same port (ports deliver in order, and a new port starts with a whole snapshot), and leaves out a customer
 * message that is the same object as before. The background rebuilds the whole snapshot. Pure; no extension APIs.
 */
import type { CustomerMessage, DraftSnapshot } from './protocol';
import { editRegion } from './edit-region';

/** [start, end, text]: the previous draft's [start, end) became `text`. */
export type DraftEdit = [start: number, end: number, text: string];

export type WireSnapshot =
  | DraftSnapshot
  | (Omit<DraftSnapshot, 'draft' | 'customer'> & {
      draft?: undefined;
      edit: DraftEdit;
      /** Undefined (absent after JSON): the previous snapshot's customer message. */
      customer?: CustomerMessage | null;
    });

/** What to post for `next` after `previous` on the same port (none: the port is new). Small: the page pays for it. */
export function encodeSnapshot(previous: DraftSnapshot | undefined, next: DraftSnapshot): WireSnapshot {
  if (previous?.editorId !== next.editorId) return next;
  const after = next.draft;
  const { start, oldEnd, newEnd } = editRegion(previous.draft, after) ?? { start: 0, oldEnd: 0, newEnd: 0 };
  return {
    ...next,
    draft: undefined,
    edit: [start, oldEnd, after.slice(start, newEnd)],
    customer: next.customer === previous.customer ? undefined : next.customer,
  };
}

/**
 * The whole snapshot `wire` stands for after `previous` on the same port; null when it cannot be rebuilt (an edit of
 * another editor's draft, or out of its bounds) — the port is then out of step and should be closed.
 */
export function decodeSnapshot(previous: DraftSnapshot | undefined, wire: WireSnapshot): DraftSnapshot | null {
  if (!('edit' in wire)) return wire;
  const [start, end, text] = wire.edit;
  if (!previous || previous.editorId !== wire.editorId || !(start >= 0 && start <= end && end <= previous.draft.length))
    return null;
  const { edit: _, customer, ...rest } = wire;
  return {
    ...rest,
    draft: previous.draft.slice(0, start) + text + previous.draft.slice(end),
    customer: customer === undefined ? previous.customer : customer,
  };
}
