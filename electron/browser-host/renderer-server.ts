import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerRendererRequest, type HostLog } from '../core/host-kit/index.ts';

export interface RendererServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer read-only from 127.0.0.1 on a free port, through the host kit: the
 * same strict path guard, MIME types and security headers (errors included) as Electron's
 * apppass:// protocol. The raw request target is checked, so "/a/../index.html" is refused.
 */
export async function startRendererServer(rendererDir: string, log: HostLog): Promise<RendererServer> {
  let origin = '';
  const server: Server = createServer((req, res) => {
    void answerRendererRequest(rendererDir, origin, { url: `${origin}${req.url ?? '/'}`, method: req.method ?? 'GET' }, log).then(
      (answer) => res.writeHead(answer.status, answer.headers).end(answer.body ?? undefined),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
