import { describe, expect, it } from 'vitest';
import { describeCaller, isPassThrough } from '../../../../electron/core/agent/caller.ts';
import { SNIPPET_TOOLS, snippetFor, type SnippetFacts } from '../../../../electron/core/agent/snippets.ts';
import { agentSocketLocation } from '../../../../electron/core/agent/socket-path.ts';

const facts: SnippetFacts = {
  entryId: 'e-1',
  account: 'me@gmail.com',
  label: 'Laptop',
  user: 'me@gmail.com',
  imap: { host: 'imap.gmail.com', port: 993, security: 'ssl' },
  smtp: { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
};

describe('apppass snippet', () => {
  it('every tool gets apppass get ENTRY_ID as its password command and never a secret', () => {
    for (const tool of SNIPPET_TOOLS) {
      const text = snippetFor(tool, facts);
      expect(text, tool).toContain('apppass get e-1');
      expect(text.endsWith('\n'), tool).toBe(true);
    }
  });

  it('writes each tool\'s own settings', () => {
    expect(snippetFor('mbsync', facts)).toMatch(/Host imap\.gmail\.com\nPort 993\nUser me@gmail\.com\nPassCmd "apppass get e-1"\nTLSType IMAPS/);
    expect(snippetFor('msmtp', facts)).toMatch(/port 587[\s\S]*tls on\ntls_starttls on\npasswordeval "apppass get e-1"/);
    expect(snippetFor('aerc', facts)).toContain('source = imaps://me%40gmail.com@imap.gmail.com:993');
    expect(snippetFor('aerc', facts)).toContain('outgoing = smtp://me%40gmail.com@smtp.gmail.com:587');
    expect(snippetFor('neomutt', facts)).toContain('set imap_pass = "`apppass get e-1`"');
    expect(snippetFor('offlineimap', facts)).toContain('check_output(["apppass", "get", "e-1"])');
    expect(snippetFor('git', facts)).toContain('smtpEncryption = tls');
    expect(snippetFor('git', facts)).toContain('[credential "smtp://smtp.gmail.com:587"]');
  });
});

describe('agent socket location', () => {
  const base = { platform: 'linux' as const, user: '1000', tmpDir: '/tmp' };
  it('APPPASS_AGENT_SOCKET, then XDG_RUNTIME_DIR, then a private folder in TMPDIR; a named pipe on Windows', () => {
    expect(agentSocketLocation({ ...base, env: { APPPASS_AGENT_SOCKET: '/x/a.sock', XDG_RUNTIME_DIR: '/run/user/1000' } })).toEqual({ path: '/x/a.sock', privateDir: null });
    expect(agentSocketLocation({ ...base, env: { XDG_RUNTIME_DIR: '/run/user/1000' } })).toEqual({ path: '/run/user/1000/apppass-agent.sock', privateDir: null });
    expect(agentSocketLocation({ ...base, env: {} })).toEqual({ path: '/tmp/apppass-1000/agent.sock', privateDir: '/tmp/apppass-1000' });
    expect(agentSocketLocation({ ...base, env: { XDG_RUNTIME_DIR: 'relative' } }).privateDir).toBe('/tmp/apppass-1000');
    expect(agentSocketLocation({ ...base, platform: 'win32', user: 'Ann Lee', env: {} }).path).toBe('\\\\.\\pipe\\apppass-agent-Ann_Lee');
  });
});

describe('caller', () => {
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  it('passes over apppass itself and shells, not the program that ran them', () => {
    expect(isPassThrough({ pid: 1, exe: '/usr/bin/node', argv: ['node', '/opt/apppass/bin/apppass.mjs', 'get', 'x'], ppid: 2 }, base)).toBe(true);
    expect(isPassThrough({ pid: 2, exe: '/usr/bin/dash', argv: ['sh', '-c', 'apppass get x'], ppid: 3 }, base)).toBe(true);
    expect(isPassThrough({ pid: 3, exe: '/usr/bin/mbsync', argv: ['mbsync', '-a'], ppid: 4 }, base)).toBe(false);
    expect(isPassThrough({ pid: 3, exe: '/usr/bin/python3.12', argv: ['python3', '/usr/bin/offlineimap'], ppid: 4 }, base)).toBe(false);
  });

  it('names the executable (and an interpreter\'s script), the pid, and whether the OS confirmed it', () => {
    expect(describeCaller({ pid: 9, exe: '/usr/bin/mbsync', argv: ['mbsync'], ppid: 1 }, true)).toEqual({ key: '/usr/bin/mbsync', name: 'mbsync (/usr/bin/mbsync), pid 9', pid: 9, verified: true });
    const py = describeCaller({ pid: 8, exe: '/usr/bin/python3.12', argv: ['python3', '-u', '/usr/bin/offlineimap'], ppid: 1 }, false);
    expect(py.key).toBe('/usr/bin/python3.12 /usr/bin/offlineimap');
    expect(py.name).toBe('python3.12 /usr/bin/offlineimap (/usr/bin/python3.12), pid 8, not verified');
    expect(describeCaller({ pid: 7, exe: '/usr/bin/node', argv: ['node', '--import', 'tsx', '-e', 'code'], ppid: 1 }, true).key).toBe('/usr/bin/node');
    expect(describeCaller({ pid: 7, exe: '/usr/bin/python3', argv: ['python3', '-m', 'offlineimap'], ppid: 1 }, true).key).toBe('/usr/bin/python3 -m offlineimap');
  });
});
