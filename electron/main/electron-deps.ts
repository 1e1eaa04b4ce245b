import type * as ElectronModule from 'electron';

/** The electron module, passed in so tests can hand over a fake (tests/support/fake-electron.ts). */
export type ElectronDeps = typeof ElectronModule;
