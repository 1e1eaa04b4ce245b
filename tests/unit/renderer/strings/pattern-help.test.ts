import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../../../electron/core/generator/pattern.ts';
import { en } from '../../../../renderer/src/strings/en.ts';

// Finding 31: the help text once called "[abc]" a set of letters, but letters in a set are placeholders.
describe('the generator pattern help says what the core does', () => {
  const help = en.generator.patternHelp;
  it('the escaped set it names holds exactly those letters; the bare one expands placeholders', () => {
    const escaped = help.match(/\[(?:\\[a-z])+\]/)?.[0];
    expect(escaped).toBe('[\\a\\b\\c]');
    expect([...(parsePattern(escaped ?? '')[0] ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(help).toContain('[abc]');
    expect((parsePattern('[abc]')[0] ?? []).length).toBeGreaterThan(3);
  });
  it('its example is a valid pattern', () => {
    const example = help.split('Example: ')[1] ?? '';
    expect(parsePattern(example)).toHaveLength(14);
  });
});
