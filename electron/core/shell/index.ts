export type { ShellService } from './shell-service.ts';
