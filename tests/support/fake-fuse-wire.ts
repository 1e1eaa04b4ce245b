import { FuseV1Options } from '@electron/fuses';

/** @electron/fuses' sentinel (not exported by the package), as Electron's binary embeds it before the fuse wire. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuses this @electron/fuses version knows. */
export const FUSE_COUNT = Object.values(FuseV1Options).filter((v) => typeof v === 'number').length;

/** Bytes shaped like Electron's around its fuse wire (version 1, every fuse on, Electron's default state). */
export function fakeFuseWire(): Buffer {
  return Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSE_COUNT]), Buffer.alloc(FUSE_COUNT, 0x31)]);
}
