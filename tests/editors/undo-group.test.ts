import { describe, expect, test } from 'vitest';
import { TYPING_GROUP_MS, typingGroupWait } from '../../lib/editors/undo-group';

describe('typingGroupWait', () => {
  test('no typing seen: no wait', () => {
    expect(typingGroupWait(0, 10_000)).toBe(0);
  });
  test('typing just now: waits out the whole group delay', () => {
    expect(typingGroupWait(10_000, 10_000)).toBe(TYPING_GROUP_MS);
  });
  test('typing a while ago: waits only the rest', () => {
    expect(typingGroupWait(10_000, 10_400, 1000)).toBe(600);
  });
  test('typing longer ago than the delay: no wait', () => {
    expect(typingGroupWait(10_000, 12_000, 1000)).toBe(0);
  });
});
