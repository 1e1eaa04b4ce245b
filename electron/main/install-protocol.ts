import { answerRendererRequest, type HostLog } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';

/** The custom scheme the app loads from (registered as standard + secure); never file://. */
export const APP_SCHEME = 'apppass';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Before ready: apppass:// is a standard, secure scheme that may use fetch. */
export function registerAppScheme({ protocol }: ElectronDeps): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * Serves the built renderer on apppass://app through the host kit: the strict path guard, the MIME
 * types, and the security headers on every answer, 404s included. Electron's fs reads inside the asar.
 */
export function installProtocol({ protocol }: ElectronDeps, rendererDir: string, log: HostLog): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerRendererRequest(rendererDir, APP_ORIGIN, { url: request.url, method: request.method }, log);
    return new Response(answer.body === null ? null : Buffer.from(answer.body), { status: answer.status, headers: answer.headers });
  });
}
