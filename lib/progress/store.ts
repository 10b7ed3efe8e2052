/** Personal progress on the device: a bounded list of ReplyRecords in extension storage. */
import { storage } from 'wxt/utils/storage';
import type { ReplyRecord } from './record';

/** About a year of a busy agent's replies; the oldest fall off first. */
export const MAX_RECORDS = 5000;

export const progressItem = storage.defineItem<ReplyRecord[]>('local:progress.records', {
  fallback: [],
  version: 1,
});

/** Appends a record unless one with the same id is already stored (a repeated draftSent counts once). */
export function withRecord(records: readonly ReplyRecord[], record: ReplyRecord): ReplyRecord[] {
  if (records.some((r) => r.id === record.id)) return [...records];
  const next = [...records, record];
  // Records almost always arrive in time order; sort only when one does not.
  if (records.length > 0 && records[records.length - 1]!.at > record.at) next.sort((a, b) => a.at - b.at);
  return next.slice(-MAX_RECORDS);
}

export async function addRecord(record: ReplyRecord): Promise<void> {
  await progressItem.setValue(withRecord(await progressItem.getValue(), record));
}

export async function listRecords(): Promise<ReplyRecord[]> {
  return progressItem.getValue();
}

export async function resetProgress(): Promise<void> {
  await progressItem.removeValue();
}
