import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface LocalHttpServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Paths requested so far (with query). */
  requests: string[];
  stop(): Promise<void>;
}

/** What to send for a path: a body (200), a status, or `hang` to never answer. */
export type Route = string | { status: number; body?: string } | 'hang' | ((req: IncomingMessage, res: ServerResponse) => void);

/** A tiny HTTP server on 127.0.0.1 that serves fixed routes (path without query → Route); others 404. */
export function startHttpServer(routes: Record<string, Route>): Promise<LocalHttpServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const route = routes[url.split('?')[0] ?? '/'];
    if (route === undefined) {
      res.writeHead(404).end();
    } else if (route === 'hang') {
      // never answer
    } else if (typeof route === 'function') {
      route(req, res);
    } else if (typeof route === 'string') {
      res.writeHead(200, { 'content-type': 'application/xml' }).end(route);
    } else {
      res.writeHead(route.status).end(route.body ?? '');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requests,
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
