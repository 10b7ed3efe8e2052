/**
 * The content script's snapshot scheduler (lib/content/scheduler.ts): without a quiet period a change fires in a
 * microtask (inside the change's own task, after what the change already queued), once per burst; with one, after
 * the quiet period or the maximum wait.
 */
import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../lib/content/scheduler';

const task = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createScheduler', () => {
  test('no quiet period: fires after the microtasks queued before the change, before any task', async () => {
    const order: string[] = [];
    const scheduler = createScheduler(() => order.push('fire'), 0, 150);
    // A task already waiting (the frame a keystroke ends with, say) and the editor's own observer, queued first.
    setTimeout(() => order.push('next task'), 0);
    queueMicrotask(() => order.push('editor observer'));
    scheduler.touch();
    scheduler.touch();
    await task();
    await task();
    expect(order).toEqual(['editor observer', 'fire', 'next task']);
  });

  test('no quiet period: flush fires at once and only once; cancel fires nothing', async () => {
    let fired = 0;
    const scheduler = createScheduler(() => fired++, 0, 150);
    scheduler.touch();
    scheduler.flush();
    expect(fired).toBe(1);
    await task();
    expect(fired).toBe(1);
    scheduler.touch();
    scheduler.cancel();
    await task();
    expect(fired).toBe(1);
    scheduler.touch();
    await task();
    expect(fired).toBe(2);
  });

  test('with a quiet period: one fire after the changes stop', async () => {
    let fired = 0;
    const scheduler = createScheduler(() => fired++, 20, 1000);
    scheduler.touch();
    await task();
    scheduler.touch();
    expect(fired).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(fired).toBe(1);
  });
});
