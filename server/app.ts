/**
 * The backend as one Hono app: cross-cutting protection first (logs, security headers, CORS, body limit,
 * per-address rate limit), then one router per resource, then the static dashboard and demo page. Routes are
 * chained so `AppType` carries every path, input and output to `hc<AppType>()` in the dashboard and extension.
 */
import { existsSync } from 'node:fs';
import { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './deps';
import { corsAllows } from './config';
import { aggregateRoutes } from './routes/aggregates';
import { agentRoutes } from './routes/agent';
import { authRoutes } from './routes/auth';
import { deviceRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { joinRoutes } from './routes/join';
import { memberRoutes } from './routes/members';
import { packRoutes } from './routes/packs';
import { teamRoutes } from './routes/teams';
import { tipRoutes } from './routes/tips';
import { clientAddress } from './security/client-address';
import { limitBy } from './security/limits';

function requestLog(deps: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // The path has ids but never credentials; the query string is left out on purpose.
    deps.config.logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

/** Paths the dashboard's single-page fallback must not answer: the API, and /demo/ where no demo is mounted. */
function notForDashboard(path: string): boolean {
  return path.startsWith('/api/') || path === '/demo' || path.startsWith('/demo/');
}

function staticSite(
  dir: string,
  mountPath: string,
  skip: (path: string) => boolean = (path) => path.startsWith('/api/'),
): MiddlewareHandler {
  const files = serveStatic({ root: dir, rewriteRequestPath: (path) => path.slice(mountPath.length - 1) || '/' });
  const index = serveStatic({ path: join(dir, 'index.html') });
  // Unknown paths fall back to index.html so client-side routes of a single-page app survive a reload.
  return async (c, next) => {
    if (skip(c.req.path)) return next();
    // serveStatic answers with the file, or calls its `next` and resolves to nothing when there is none.
    const file = await files(c, async () => {});
    if (file) return file;
    return (await index(c, next)) ?? next();
  };
}

/**
 * hono/body-limit, skipped where it has nothing to do: it reads `c.req.raw.body`, which makes @hono/node-server
 * build a full fetch Request (with an AbortController) for every request — a GET has no body, and that object
 * was the largest single cost of a 304 guideline check.
 */
function limitBodies(maxSize: number): MiddlewareHandler {
  const overLimit = (c: Context) =>
    c.json({ error: 'payload_too_large', message: `Bodies are limited to ${maxSize} bytes.` }, 413);
  const limit = bodyLimit({ maxSize, onError: overLimit });
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // With a Content-Length (and no Transfer-Encoding) bodyLimit only compares the header — Node's parser never
    // delivers more bytes than it declares — so do that here without touching `c.req.raw.body`: the route then
    // reads the body straight from the socket (@hono/node-server's text()/json() fast path) instead of through
    // a fetch Request, a web stream and an AbortController. Chunked bodies still go through bodyLimit.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxSize ? Promise.resolve(overLimit(c)) : next();
    }
    return limit(c, next);
  };
}

const STRICT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** The Node response under @hono/node-server (`c.env.outgoing`); undefined under app.request() in tests. */
function nodeResponse(c: Context): ServerResponse | undefined {
  const env: unknown = c.env;
  if (typeof env !== 'object' || env === null || !('outgoing' in env)) return undefined;
  const outgoing = env.outgoing;
  return outgoing instanceof ServerResponse && !outgoing.headersSent ? outgoing : undefined;
}

/** The headers a middleware adds to an empty response, read once by running it in a throwaway app. */
async function headersOf(middleware: MiddlewareHandler): Promise<Array<[string, string]>> {
  const probe = new Hono().use(middleware).get('*', (c) => c.body(null, 204));
  return [...(await probe.request('http://probe/')).headers.entries()];
}

/**
 * Headers every response gets, set on Node's response before the app runs: hono's middlewares set them on the
 * fetch Response's undici `Headers` after it (a dozen validated `set` calls, a copy and a sorted walk per request),
 * which halved what one process answers (/healthz 23,000–36,000 → 50,000–58,000 req/s without them). The values
 * are hono's own, read once from the middleware (`headersOf`); where there is no Node response (app.request() in
 * tests) the middleware itself runs. Node merges these with the response's own headers when it writes them.
 */
function staticHeaders(
  middleware: MiddlewareHandler,
  applies: (c: Context) => boolean = () => true,
): MiddlewareHandler {
  let list: Array<[string, string]> | undefined;
  // Should reading them ever fail, every request keeps going through the middleware itself.
  const loading = headersOf(middleware).then(
    (headers) => (list = headers),
    () => undefined,
  );
  return async (c, next) => {
    if (!applies(c)) return next();
    const outgoing = nodeResponse(c);
    const headers = outgoing ? (list ?? (await loading)) : undefined;
    if (!outgoing || !headers) return middleware(c, next);
    for (const [name, value] of headers) outgoing.setHeader(name, value);
    return next();
  };
}

/** Nothing the dashboard or API does needs a device feature; say so, so an injected script cannot ask either. */
const PERMISSIONS_POLICY = {
  camera: [],
  microphone: [],
  geolocation: [],
  payment: [],
  usb: [],
  serial: [],
  hid: [],
  bluetooth: [],
  midi: [],
  displayCapture: [],
  fullscreen: [],
  interestCohort: [],
  browsingTopics: [],
};

/**
 * hono/secure-headers everywhere, with a strict Content-Security-Policy and a Permissions-Policy on the API and
 * dashboard. The demo helpdesk — only where it is mounted, never in production — imitates third-party helpdesk
 * pages (inline scripts, editors in iframes), so it gets the headers without CSP.
 */
function securityHeaders(demoMounted: boolean): MiddlewareHandler {
  const hsts = 'max-age=31536000; includeSubDomains';
  const isDemo = (c: Context) => demoMounted && c.req.path.startsWith('/demo/');
  const strict = staticHeaders(
    secureHeaders({
      contentSecurityPolicy: STRICT_CSP,
      strictTransportSecurity: hsts,
      permissionsPolicy: PERMISSIONS_POLICY,
    }),
    (c) => !isDemo(c),
  );
  const demo = staticHeaders(secureHeaders({ strictTransportSecurity: hsts, xFrameOptions: false }), isDemo);
  return (c, next) => (isDemo(c) ? demo(c, next) : strict(c, next));
}

/**
 * Answers from the API are per caller (member lists with e-mails, progress, device tokens at join): no browser or
 * proxy cache may keep them. A route that sets its own rule keeps it — the guidelines and tips say
 * `private, no-cache` with an ETag, and under Node the route's header replaces this one when it is written.
 */
function noStore(): MiddlewareHandler {
  return staticHeaders(async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  });
}

/**
 * hono/cors for requests that carry an Origin — browsers send one on every cross-origin request and preflight, and
 * only those read the Access-Control-* answers. A request without one (a device's fetch from a service worker
 * without CORS, a script) gets just `Vary: Origin`, so a cache never hands its answer to a cross-origin caller.
 */
function corsForOrigins(config: AppDeps['config']): MiddlewareHandler {
  const full = cors({
    origin: (origin) => (corsAllows(config.allowedOrigins, origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After'],
    credentials: true,
    maxAge: 600,
  });
  const vary = staticHeaders(async (c, next) => {
    await next();
    c.header('Vary', 'Origin', { append: true });
  });
  return (c, next) =>
    c.req.header('origin') !== undefined || c.req.method === 'OPTIONS' ? full(c, next) : vary(c, next);
}

export function createApp(deps: AppDeps) {
  const { config } = deps;
  const demoMounted = config.demoDir !== undefined && existsSync(config.demoDir);
  const app = new Hono()
    .use(requestLog(deps))
    .use(securityHeaders(demoMounted))
    .use('/api/*', noStore())
    .use('/api/*', corsForOrigins(config))
    .use('/api/*', limitBodies(config.bodyLimitBytes))
    .use(
      '/api/*',
      limitBy(deps.limiters.perAddress, (c) => `address:${clientAddress(c, config.trustProxy)}`),
    )
    .route('/', healthRoutes(deps))
    .route('/api/auth', authRoutes(deps))
    .route('/api/join', joinRoutes(deps))
    .route('/api/agent', agentRoutes(deps))
    .route('/api/teams', teamRoutes(deps))
    .route('/api/teams', memberRoutes(deps))
    .route('/api/teams', inviteRoutes(deps))
    .route('/api/teams', deviceRoutes(deps))
    .route('/api/teams', packRoutes(deps))
    .route('/api/teams', tipRoutes(deps))
    .route('/api/teams', aggregateRoutes(deps));

  app.notFound((c) => c.json({ error: 'not_found', message: 'No such route.' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      return c.json(
        { error: error.status === 400 ? 'invalid_request' : 'http_error', message: error.message },
        error.status,
      );
    }
    config.logger.error({ err: error, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json({ error: 'internal', message: 'Something went wrong on the server.' }, 500);
  });

  if (demoMounted && config.demoDir) {
    app.get('/demo', (c) => c.redirect('/demo/'));
    app.get('/demo/*', staticSite(config.demoDir, '/demo/'));
  }
  if (config.dashboardDir && existsSync(config.dashboardDir)) {
    // Without a demo mounted, /demo/ is not a page — not even the dashboard's index.html.
    app.get('*', staticSite(config.dashboardDir, '/', notForDashboard));
  }
  return app;
}

export type AppType = ReturnType<typeof createApp>;
