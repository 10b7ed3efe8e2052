/**
 * Retry timing for the outbox: exponential backoff with "equal jitter" — half the window is fixed, half random —
 * so a team of agents whose backend comes back at the same moment does not retry in lockstep, yet no retry comes
 * sooner than half the nominal delay.
 */
export const BACKOFF_BASE_MS = 2_000;
/** Chrome's alarm floor is 30 s; past ~15 min a retry gains nothing but latency once the backend is back. */
export const BACKOFF_CAP_MS = 15 * 60_000;

/** Delay before retry number `attempt` (1 = the first retry); `random` in [0, 1). */
export function backoffDelay(attempt: number, random: number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  const exponent = Math.max(0, attempt - 1);
  // 2^30 already exceeds any cap; clamp the exponent so the multiplication never overflows to Infinity.
  const window = Math.min(cap, base * 2 ** Math.min(exponent, 30));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(window / 2 + (window / 2) * r);
}

/** Honours a server's Retry-After (seconds or an HTTP date) when it asks for longer than our own backoff. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
