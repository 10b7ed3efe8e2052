/**
 * Runs tasks one at a time, in the order they were added: the background coach's analyses and storage writes and
 * sync's outbox updates each go through one, so a later write never lands before an earlier one and a read-modify-
 * write never interleaves with another. A task that fails rejects its own promise only; the tasks after it run.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task added before it; settles as the task does. */
  run<T>(task: () => T | PromiseLike<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when the tasks added so far are done (tasks added meanwhile may still run). */
  async settled(): Promise<void> {
    await this.tail;
  }

  /** Resolves once the queue is empty, counting tasks added while it waits. */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
