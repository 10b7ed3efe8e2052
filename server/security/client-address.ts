/**
 * The caller's address for per-address rate limits: the socket's peer, or — only when the operator says a
 * proxy sets it — the first X-Forwarded-For hop. In-process requests (tests) have no socket.
 */
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  // @hono/node-server puts the Node request in env.incoming; app.request() in tests has no env.
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
