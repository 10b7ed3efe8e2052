/**
 * A logging forward proxy for browser tests: the browser sends every request through it, so the test sees each one
 * that leaves the browser. Plain HTTP requests arrive whole (URL, headers, body) and are forwarded; HTTPS arrives as
 * a CONNECT tunnel whose destination is recorded and whose bytes pass through unread — a test must therefore only
 * allow tunnels to servers it runs itself and can read on their side. Every destination is sent to 127.0.0.1:
 * nothing leaves the machine.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Tunnel {
  host: string;
  port: number;
  allowed: boolean;
}

export interface CaptureProxy {
  port: number;
  requests: ProxiedRequest[];
  tunnels: Tunnel[];
  close(): Promise<void>;
}

const flat = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));

export async function startCaptureProxy(allowTunnel: (host: string, port: number) => boolean): Promise<CaptureProxy> {
  const requests: ProxiedRequest[] = [];
  const tunnels: Tunnel[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/');
      requests.push({
        method: req.method ?? 'GET',
        url: url.href,
        headers: flat(req.headers),
        body: body.toString('utf8'),
      });
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(url.port || 80),
          method: req.method,
          path: url.pathname + url.search,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  server.on('connect', (req, socket, head) => {
    const [host = '', portText = '443'] = (req.url ?? '').split(':');
    const port = Number(portText);
    const allowed = allowTunnel(host, port);
    tunnels.push({ host, port, allowed });
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', drop);
    socket.on('error', drop);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    tunnels,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
