/**
 * Local fixture web server for the real-browser tests.
 *
 * The browsers are told to resolve www.rfi.fr to 127.0.0.1 (see hosts.ts), so
 * this one server answers both `http://127.0.0.1:PORT/...` and
 * `http://www.rfi.fr:PORT/...`; routes receive the Host name to tell them apart.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers; `status` defaults to 200. */
export interface RouteResponse {
  status?: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * A route handler: return a response to serve it, or `undefined` to let the next
 * route try. `url.pathname` stays percent-encoded (decode it yourself to match
 * Chinese slugs); `host` is the Host header's name without the port.
 */
export type Route = (url: URL, host: string) => RouteResponse | undefined;

/** A running fixture server. */
export interface FixtureServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Every request seen, in order, as `host + path` (handy to assert what a browser fetched). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a random port. Routes are tried in order;
 * when none answers, the server replies 404 so a missing fixture is visible.
 */
export async function startFixtureServer(routes: Route[] = []): Promise<FixtureServer> {
  const requests: string[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    // Build the URL from the Host header so a host-mapped request keeps its
    // original host (www.rfi.fr) instead of becoming 127.0.0.1.
    const hostHeader = req.headers.host ?? '127.0.0.1';
    const url = new URL(req.url ?? '/', `http://${hostHeader}`);
    requests.push(url.host + url.pathname + url.search);
    for (const route of routes) {
      let answer: RouteResponse | undefined;
      try {
        answer = route(url, url.hostname);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`route threw: ${String(error)}`);
        return;
      }
      if (answer) {
        res.writeHead(answer.status ?? 200, {
          'content-type': answer.type,
          // Tests reload the same URLs with different fixtures: never cache.
          'cache-control': 'no-store',
          ...answer.headers,
        });
        res.end(answer.body);
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`no fixture route for ${url.href}`);
  };

  const server = createServer(handle);
  // Browsers keep connections alive; without this close() would wait for them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A route serving fixed HTML at an exact (decoded) path, on any host. */
export function htmlRoute(path: string, html: string): Route {
  return (url) => (decodeURIComponent(url.pathname) === path ? { type: 'text/html; charset=utf-8', body: html } : undefined);
}
