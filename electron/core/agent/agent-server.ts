import { unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { toErrorPayload } from '../errors/index.ts';
import { listenPrivate } from './listen-private.ts';
import { AGENT_LINE_MAX_BYTES, decodeRequest, encodeLine, errorAnswer, type AgentAnswer, type AgentRequest } from './protocol.ts';
import type { AgentSocketLocation } from './socket-path.ts';

/** Answers one checked request; `socket` lets the handler identify the caller. Never throws a secret. */
export type AgentRequestHandler = (request: AgentRequest, socket: Socket) => Promise<AgentAnswer>;

/** A client that sends nothing for this long is dropped (a get waiting for approval has sent its line). */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The agent's socket: one request line in, one answer line out, per connection. A bad request
 * (not JSON, wrong shape, wrong version, too long) gets an error answer; the server keeps serving.
 */
export class AgentServer {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly location: AgentSocketLocation,
    private readonly handle: AgentRequestHandler,
  ) {}

  get listening(): boolean {
    return this.server !== null;
  }

  get path(): string {
    return this.location.path;
  }

  async start(): Promise<void> {
    if (this.server !== null) return;
    const server = createServer({ allowHalfOpen: true }, (socket) => this.serve(socket));
    await listenPrivate(server, this.location);
    this.server = server;
  }

  /** Stops listening, drops every connection and removes the socket file. */
  async stop(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    if (process.platform !== 'win32') {
      try {
        unlinkSync(this.location.path);
      } catch {
        // Already gone (server.close removes it on some platforms).
      }
    }
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    const chunks: Buffer[] = [];
    let size = 0;
    let answered = false;
    const reply = (answer: AgentAnswer) => {
      if (answered) return;
      answered = true;
      socket.setTimeout(0);
      if (!socket.destroyed) socket.end(encodeLine(answer));
    };
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      const newline = chunk.indexOf(0x0a);
      const part = newline === -1 ? chunk : chunk.subarray(0, newline);
      size += part.length;
      if (size > AGENT_LINE_MAX_BYTES) {
        reply(errorAnswer({ code: 'AGENT_BAD_REQUEST', message: `The request is longer than ${AGENT_LINE_MAX_BYTES} bytes.` }));
        return;
      }
      chunks.push(part);
      if (newline === -1) return;
      socket.setTimeout(0);
      void this.answer(Buffer.concat(chunks).toString('utf8'), socket).then(reply);
    });
    socket.on('end', () => {
      if (!answered) reply(errorAnswer({ code: 'AGENT_BAD_REQUEST', message: 'The request ended before its newline.' }));
    });
  }

  private async answer(line: string, socket: Socket): Promise<AgentAnswer> {
    const decoded = decodeRequest(line);
    if (!decoded.ok) return errorAnswer(decoded.error);
    try {
      return await this.handle(decoded.message, socket);
    } catch (error) {
      return errorAnswer(toErrorPayload(error));
    }
  }
}
