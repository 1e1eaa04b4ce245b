export { createHandlers } from './create-handlers.ts';
export { dispatch, isCallName } from './dispatch.ts';
export type { Handlers, Handler, HandlersOf } from './handler-types.ts';
export type { Services, ShellService } from './services.ts';
export { createServices, type HostOptions } from './create-services.ts';
