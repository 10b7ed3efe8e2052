/** Small async helpers shared by the handles. */

export const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads until `read()` returns `expected` or stops changing; editors that render through React or a scheduler
 * (Slate, Draft.js, Lexical) update the DOM a task or two after the input event.
 */
export async function settledRead(read: () => string, expected: string, maxWaitMs = 250): Promise<string> {
  let current = read();
  const deadline = Date.now() + maxWaitMs;
  while (current !== expected && Date.now() < deadline) {
    await nextTask(10);
    current = read();
  }
  return current;
}
