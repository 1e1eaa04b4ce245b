import type { WebContents } from 'electron';
import { createExternalLinkPolicy, liveCatalogAllowlist, navigationGuard, permissionDecision, windowOpenHandler } from '../core/host-kit/index.ts';
import { catalogInUse } from '../core/providers/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { APP_ORIGIN } from './install-protocol.ts';

/**
 * Every web contents, whenever created: no navigation, no new windows, no webviews; permissions
 * denied but the one the origin rules list. An external link that names exactly a page of the
 * provider catalog in use (built in, or a signed update) or the docs opens in the OS browser. Returns the link policy (shell.openExternal uses it).
 */
export function installWebGuards({ app, session, shell }: ElectronDeps): { isExternalLinkAllowed: (url: string) => boolean } {
  const isExternalLinkAllowed = createExternalLinkPolicy(liveCatalogAllowlist(() => catalogInUse().catalog));
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (navigationGuard(url, APP_ORIGIN).external && isExternalLinkAllowed(url)) void shell.openExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenHandler(url, isExternalLinkAllowed);
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permissionDecision(permission, details.requestingUrl, APP_ORIGIN)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin, APP_ORIGIN));
  return { isExternalLinkAllowed };
}
