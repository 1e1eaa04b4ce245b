import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/core/errors/index.ts';
import { fileError } from '../../../../electron/core/vault/storage/file-errors.ts';

/** L3 (security review 2026-11): a full disk or a read-only folder was INTERNAL ("report a bug"). */
describe('file-system failures are typed IO_ERROR that say what to do', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'read-only file system'],
    ['EACCES', 'permission denied'],
    ['EISDIR', 'is a folder'],
  ])('%s', (errno, words) => {
    const error = fileError(Object.assign(new Error(`${errno}: raw message /secret/path`), { code: errno }), 'save the vault at', '/home/me/vault.apppass');
    expect(error).toMatchObject({ code: 'IO_ERROR', details: { errno, path: '/home/me/vault.apppass' } });
    expect(error.message).toContain(words);
    expect(error.message).toContain('/home/me/vault.apppass');
    expect(error.message).not.toContain('raw message');
  });

  it('a typed error passes through unchanged', () => {
    const typed = new AppError('EXTERNAL_CHANGE', 'changed');
    expect(fileError(typed, 'save', '/x')).toBe(typed);
  });
});
