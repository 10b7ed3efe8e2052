/**
 * Serves local files over HTTPS under real helpdesk host names (acme.zendesk.com, …), so browser tests exercise
 * the extension's real manifest matches: Chromium maps those names to 127.0.0.1 (--host-resolver-rules) and accepts
 * the self-signed certificate made here (--ignore-certificate-errors). Nothing leaves the machine.
 */
import { createServer, type Server } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Host names the tests may use; all resolve to 127.0.0.1 inside the test browser. The first four are known helpdesks
 * (matched by the manifest); SELF_HOSTED is not, standing for a self-hosted helpdesk the agent enables at runtime.
 */
export const SELF_HOSTED = 'support.acme-selfhosted.test';
export const TEST_HOSTS = [
  'acme.zendesk.com',
  'acme.freshdesk.com',
  'app.chatwoot.com',
  'mail.google.com',
  SELF_HOSTED,
];

/** Chromium flags that send TEST_HOSTS to this machine and accept the test certificate. */
export const HELPDESK_HOST_FLAGS = [
  `--host-resolver-rules=${TEST_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
  '--ignore-certificate-errors',
];

export interface HelpdeskHost {
  server: Server;
  port: number;
  /** `https://<host>:<port>` */
  origin(host?: string): string;
  close(): Promise<void>;
}

export type RouteHandler = (
  url: URL,
) =>
  | Promise<{ status?: number; type?: string; headers?: Record<string, string>; body: string | Buffer } | undefined>
  | undefined;

/** Serves `roots` (first match wins) plus optional dynamic routes, on an ephemeral port. */
export async function serveHelpdeskHost(roots: string[], routes?: RouteHandler): Promise<HelpdeskHost> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'attune-test' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'https://localhost');
      const dynamic = await routes?.(url);
      if (dynamic) {
        res.writeHead(dynamic.status ?? 200, {
          ...dynamic.headers,
          'content-type': dynamic.type ?? 'text/html; charset=utf-8',
        });
        res.end(dynamic.body);
        return;
      }
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      for (const root of roots) {
        let file = resolve(join(root, rel));
        if (!file.startsWith(resolve(root))) continue;
        const info = await stat(file).catch(() => null);
        if (info?.isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file).catch(() => null);
        if (body) {
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        }
      }
      res.writeHead(404).end('not found');
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  }
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => void respond(req, res));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: (host = TEST_HOSTS[0]!) => `https://${host}:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
