import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dailySeries, dayKey, frequentFindings, streaks, summarize } from '../../lib/progress/aggregate';
import { toCsv, toJson } from '../../lib/progress/export';
import { assertReplyRecord, type ReplyRecord } from '../../lib/progress/record';
import { replyRecord } from './records';
import { addRecord, listRecords, MAX_RECORDS, resetProgress, withRecord } from '../../lib/progress/store';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');

const record = replyRecord;

describe('aggregations', () => {
  test('daily series averages scores and rates per local day, skipping rates with nothing to measure', () => {
    const records = [
      record({ id: 'a', at: T0, score: 60 }),
      record({
        id: 'b',
        at: T0 + 3_600_000,
        score: 80,
        checks: { ...record({ id: 'x', at: 0 }).checks, acknowledgement: 'missing' },
      }),
      record({
        id: 'c',
        at: T0 + DAY,
        score: 90,
        questionsAsked: 0,
        questionsAnswered: 0,
        checks: { ...record({ id: 'x', at: 0 }).checks, acknowledgement: 'not-needed' },
      }),
    ];
    const series = dailySeries(records);
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({
      replies: 2,
      averageScore: 70,
      acknowledgementRate: 0.5,
      questionsAnsweredRate: 0.5,
    });
    expect(series[1]).toMatchObject({
      replies: 1,
      averageScore: 90,
      acknowledgementRate: null,
      questionsAnsweredRate: null,
    });
  });

  test('frequent findings rank by replies affected, then total count', () => {
    const records = [
      record({ id: 'a', at: T0, ruleCounts: { 'tone/blame': 3 } }),
      record({ id: 'b', at: T0 + 1, ruleCounts: { 'clarity/long-sentence': 1, 'tone/blame': 1 } }),
      record({ id: 'c', at: T0 + 2, ruleCounts: { 'clarity/long-sentence': 1 } }),
      record({ id: 'd', at: T0 + 3, ruleCounts: { 'boilerplate/stock-apology': 1 } }),
    ];
    expect(frequentFindings(records, 2)).toEqual([
      { ruleId: 'tone/blame', count: 4, replies: 2 },
      { ruleId: 'clarity/long-sentence', count: 2, replies: 2 },
    ]);
  });

  test('streaks count consecutive days and acknowledged replies, and break on a gap', () => {
    const tz = new Date(T0).getTimezoneOffset();
    const days = [0, 1, 2, 4, 5].map((d, i) => record({ id: `d${i}`, at: T0 + d * DAY }));
    const s = streaks(days, T0 + 5 * DAY);
    expect(s).toEqual({ currentDays: 2, longestDays: 3, acknowledgedInARow: 5 });
    expect(streaks(days, T0 + 8 * DAY).currentDays).toBe(0);
    const missed = [
      ...days,
      record({ id: 'm', at: T0 + 5 * DAY + 1, checks: { ...days[0]!.checks, acknowledgement: 'missing' } }),
    ];
    expect(streaks(missed, T0 + 5 * DAY).acknowledgedInARow).toBe(0);
    expect(dayKey(T0, tz)).toBe(dayKey(T0));
  });

  test('summary of nothing is calm and empty, not NaN', () => {
    const s = summarize([], T0);
    expect(s).toMatchObject({ replies: 0, averageScore: null, acknowledgementRate: null, questionsAnsweredRate: null });
    expect(s.streaks.currentDays).toBe(0);
  });
});

describe('export', () => {
  test('CSV has one row per reply, quotes fields that need it, and holds no text beyond ids and rule ids', () => {
    const csv = toCsv([record({ id: 'a,b', at: T0, ruleCounts: { 'tone/blame': 2, 'clarity/long-sentence': 1 } })]);
    const [header, row, end] = csv.split('\r\n');
    expect(header!.split(',')).toContain('check_acknowledgement');
    expect(row).toMatch(/^"a,b",2026-03-02T10:00:00.000Z,zendesk,test,70,present,/);
    expect(row).toContain('tone/blame:2 clarity/long-sentence:1');
    expect(end).toBe('');
  });

  test('JSON round-trips and every record passes the shape check', () => {
    const records = [record({ id: 'a', at: T0 }), record({ id: 'b', at: T0 + 1 })];
    const parsed = JSON.parse(toJson(records)) as { format: string; records: unknown[] };
    expect(parsed.format).toBe('attune-progress');
    parsed.records.forEach((r) => assertReplyRecord(r));
    expect(parsed.records).toEqual(records);
    expect(() => assertReplyRecord({ id: 1 })).toThrow(/id is not a string/);
  });
});

describe('store', () => {
  beforeEach(() => fakeBrowser.reset());

  test('records persist in local storage, a repeated id counts once, reset empties', async () => {
    await addRecord(record({ id: 'a', at: T0 + 1 }));
    await addRecord(record({ id: 'b', at: T0 }));
    await addRecord(record({ id: 'a', at: T0 + 1 }));
    expect((await listRecords()).map((r) => r.id)).toEqual(['b', 'a']);
    const raw = await fakeBrowser.storage.local.get('progress.records');
    expect(Array.isArray(raw['progress.records'])).toBe(true);
    await resetProgress();
    expect(await listRecords()).toEqual([]);
  });

  test('the list is bounded: the oldest fall off', () => {
    let records: ReplyRecord[] = [];
    for (let i = 0; i < MAX_RECORDS + 3; i++) records = withRecord(records, record({ id: `r${i}`, at: T0 + i }));
    expect(records).toHaveLength(MAX_RECORDS);
    expect(records[0]!.id).toBe('r3');
  });
});
