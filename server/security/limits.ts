/** Rate-limit middleware: 429 with Retry-After when a key has used its window. */
import type { Context, MiddlewareHandler } from 'hono';
import type { RequestLimiter } from './rate-limit';

export function rateLimited(c: Context, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json({ error: 'rate_limited', message: 'Too many requests; retry later.' }, 429);
}

export function limitBy(limiter: RequestLimiter, key: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    const decision = limiter.hit(key(c));
    if (!decision.allowed) return rateLimited(c, decision.retryAfterSeconds);
    await next();
  };
}
