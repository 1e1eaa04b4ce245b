import { connect } from 'node:net';
import { AppError } from '../errors/index.ts';
import { AGENT_LINE_MAX_BYTES, decodeAnswer, encodeLine, type AgentAnswer, type AgentRequest } from './protocol.ts';

/** Socket errors that mean "no agent is serving there". */
const NO_AGENT = new Set(['ENOENT', 'ECONNREFUSED', 'ENOTSOCK', 'EACCES', 'EPERM']);

/** Thrown when nothing serves on the socket; `apppass get` then unlocks the vault itself. */
export class NoAgentError extends Error {
  constructor(readonly reason: string) {
    super(`No AppPass agent answers (${reason}).`);
    this.name = 'NoAgentError';
  }
}

export interface AskOptions {
  /** How long to wait for the answer (a get may wait for the user's approval in the app). */
  timeoutMs: number;
}

/**
 * Sends one request to the agent at `path` and reads its one-line answer, checked with the
 * protocol's schemas. NoAgentError when nothing listens; AppError AGENT_PROTOCOL / AGENT_BAD_REQUEST
 * when the answer is from another version or malformed; AGENT_UNAVAILABLE on a timeout.
 */
export function askAgent(path: string, request: AgentRequest, options: AskOptions): Promise<AgentAnswer> {
  return new Promise((resolveAsk, reject) => {
    const socket = connect(path);
    const chunks: Buffer[] = [];
    let size = 0;
    let connected = false;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new AppError('AGENT_UNAVAILABLE', `The AppPass agent at ${path} did not answer within ${Math.round(options.timeoutMs / 1000)} s.`))),
      options.timeoutMs,
    );
    socket.once('connect', () => {
      connected = true;
      socket.write(encodeLine(request));
    });
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > AGENT_LINE_MAX_BYTES) {
        finish(() => reject(new AppError('AGENT_BAD_REQUEST', 'The agent sent an answer longer than the protocol allows.')));
        return;
      }
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const newline = text.indexOf('\n');
      if (newline === -1) return;
      const decoded = decodeAnswer(text.slice(0, newline));
      finish(() => (decoded.ok ? resolveAsk(decoded.message) : reject(new AppError(decoded.error.code, decoded.error.message))));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'error';
      finish(() => reject(!connected && NO_AGENT.has(code) ? new NoAgentError(code) : new AppError('AGENT_UNAVAILABLE', `The AppPass agent at ${path} failed (${code}).`)));
    });
    socket.on('end', () => finish(() => reject(new AppError('AGENT_UNAVAILABLE', `The AppPass agent at ${path} closed the connection without an answer.`))));
  });
}
