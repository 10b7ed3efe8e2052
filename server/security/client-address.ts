/**
 * The caller's address, for rate limits, throttles and logs: the socket's peer, or — only when the operator says
 * which proxies to trust — the address the outermost trusted proxy saw. X-Forwarded-For is a list every proxy
 * appends to, and its left end is whatever the client wrote, so it is read from the right: with `hops: n` the
 * nth address from the right (counting the peer as the first proxy), with `cidrs` the first address from the
 * right that is not a trusted proxy. In-process requests (tests) have no socket.
 */
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

export type TrustProxy = false | { hops: number } | { cidrs: string[] };

function peerAddress(c: Context): string {
  // @hono/node-server puts the Node request in env.incoming; app.request() in tests has no env.
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) compares as 10.0.0.1. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

const blockLists = new WeakMap<string[], BlockList>();

/** A BlockList of the trusted proxies' addresses and ranges ("10.0.0.0/8", "fd00::/8", "192.0.2.7"). */
export function trustedProxyList(cidrs: string[]): BlockList {
  let list = blockLists.get(cidrs);
  if (!list) {
    list = new BlockList();
    for (const entry of cidrs) {
      const [address = '', prefix] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (isIP(address) === 0) throw new Error(`not an IP address or range: "${entry}"`);
      if (prefix === undefined) list.addAddress(address, family);
      else list.addSubnet(address, Number(prefix), family);
    }
    blockLists.set(cidrs, list);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** The client address among `chain` (X-Forwarded-For entries, then the peer), by the trust setting. */
export function pickClient(chain: string[], trust: TrustProxy): string {
  const last = chain[chain.length - 1] ?? 'unknown';
  if (trust === false || chain.length === 1) return last;
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? last;
  const list = trustedProxyList(trust.cidrs);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const address = chain[i]!;
    if (!isTrusted(list, address)) return address;
  }
  return chain[0] ?? last; // every hop is a trusted proxy: the leftmost is the best there is
}

export function clientAddress(c: Context, trust: TrustProxy): string {
  const peer = plain(peerAddress(c));
  if (trust === false) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  return pickClient([...forwarded, peer], trust);
}

/** ATTUNE_TRUST_PROXY: unset or "0" → false; a count of proxies ("1", "2"); or addresses and CIDR ranges. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value === 'false') return false;
  if (/^\d+$/.test(value)) return { hops: Number(value) };
  const cidrs = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    trustedProxyList(cidrs); // checked at start rather than on the first request
  } catch (error) {
    throw new Error(
      `ATTUNE_TRUST_PROXY: ${error instanceof Error ? error.message : String(error)} (give a count of proxies, or addresses and CIDR ranges)`,
      { cause: error },
    );
  }
  return { cidrs };
}
