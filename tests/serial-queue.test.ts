import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../lib/serial-queue';

const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('SerialQueue', () => {
  it('runs tasks one at a time in the order they were added, whatever each takes', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run(task('a', 20)), queue.run(task('b', 1)), queue.run(() => 'c')]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('rejects a failed task’s own promise and runs the tasks after it', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(() => {
      throw new Error('write failed');
    });
    const next = queue.run(() => 'next');
    await expect(failed).rejects.toThrow('write failed');
    await expect(next).resolves.toBe('next');
  });

  it('settles after the tasks added so far; is idle only once tasks added while waiting are done too', async () => {
    const queue = new SerialQueue();
    const done: string[] = [];
    void queue.run(async () => {
      await tick(5);
      done.push('first');
      void queue.run(async () => {
        await tick(5);
        done.push('added while running');
      });
    });
    await queue.settled();
    expect(done).toEqual(['first']);
    await queue.idle();
    expect(done).toEqual(['first', 'added while running']);
  });
});
