import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../electron/core/providers/index.ts';

// docs/providers.md quotes the Microsoft 365 SMTP AUTH note; the catalog is its one home, so the
// quotes must be the catalog's words exactly, and the docs must not restate the date in a tense.
describe('docs/providers.md and the dated Microsoft 365 note', () => {
  const docs = readFileSync(new URL('../../../../docs/providers.md', import.meta.url), 'utf8');
  const note = CATALOG.providers.find((p) => p.id === 'microsoft365')?.notes.find((n) => n.id === 'smtp-auth-default-off');

  it('quotes the before and after words exactly as the catalog has them', () => {
    expect(note?.change).toBeDefined();
    expect(docs).toContain(`before ${note?.change?.on}: “${note?.change?.before}”`);
    expect(docs).toContain(`from ${note?.change?.on}: “${note?.change?.after}”`);
    expect(docs).toContain(note?.sourceUrl ?? 'missing');
  });

  it('holds no relative date or future tense about it', () => {
    expect(docs).not.toMatch(/about \w+ weeks|goes \*\*off by default|never have it|is switched off by default at the end/);
  });
});
