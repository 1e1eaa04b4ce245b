export { createHandlers } from './create-handlers.ts';
export { dispatch, isCallName } from './dispatch.ts';
export type { Handlers, Handler, HandlersOf } from './handler-types.ts';
export type { Services } from './services.ts';
export { isTrustedSender, type SenderFrame } from './trusted-sender.ts';
export { createServices, type HostOptions } from './create-services.ts';
