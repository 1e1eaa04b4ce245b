import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { freePort, waitForPort } from './ports.ts';

export interface DovecotOptions {
  /** Throwaway folder (already created). */
  dir: string;
  certFile: string;
  keyFile: string;
  user: string;
  password: string;
}

export interface Dovecot {
  /** Plain IMAP with STARTTLS offered. */
  port: number;
  /** Implicit-TLS IMAP. */
  tlsPort: number;
  pid: number;
  /** The server's log so far (for failing tests). */
  log(): string;
  stop(): Promise<void>;
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}

/** Dovecot's user: as root, drop to the `dovecot` system user; otherwise run everything as ourselves. */
function runAs(): { uid: number; gid: number; internalUser: string } {
  const me = userInfo();
  if (me.uid !== 0) return { uid: me.uid, gid: me.gid, internalUser: me.username };
  return { uid: idOf('-u', 'dovecot'), gid: idOf('-g', 'dovecot'), internalUser: 'dovecot' };
}

function waitForExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts `dovecot -F -c CONF` on two free loopback ports and waits until both accept. */
export async function startDovecot(opts: DovecotOptions): Promise<Dovecot> {
  const { dir } = opts;
  const as = runAs();
  const sub = (name: string): string => {
    const p = join(dir, name);
    mkdirSync(p, { recursive: true });
    return p;
  };
  chmodSync(dir, 0o755);
  const baseDir = sub('run');
  const stateDir = sub('state');
  const mailDir = sub('mail');
  chmodSync(mailDir, 0o777);
  const passwd = join(dir, 'users.passwd');
  writeFileSync(passwd, `${opts.user}:{PLAIN}${opts.password}\n`, { mode: 0o644 });
  const logFile = join(dir, 'dovecot.log');
  const [port, tlsPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `base_dir = ${baseDir}
state_dir = ${stateDir}
instance_name = apppass-test-${port}
listen = 127.0.0.1
protocols = imap
log_path = ${logFile}
ssl = yes
ssl_cert = <${opts.certFile}
ssl_key = <${opts.keyFile}
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = ${as.uid}
last_valid_uid = 0
default_internal_user = ${as.internalUser}
default_internal_group = ${as.internalUser}
default_login_user = ${as.uid === 0 ? 'root' : as.internalUser}
mail_location = maildir:${mailDir}/%u
passdb {
  driver = static
  args = noauthenticate=y nodelay=yes
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${passwd}
}
userdb {
  driver = static
  args = uid=${as.uid} gid=${as.gid} home=${mailDir}/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`,
  );
  // Its own process group: on shutdown Dovecot signals its group, which must not include the test runner.
  const child = spawn('dovecot', ['-F', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const log = (): string => {
    let file = '';
    try {
      file = readFileSync(logFile, 'utf8');
    } catch {
      // not written yet
    }
    return `${output}${file}`;
  };
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`dovecot exited (${code}): ${log()}`))));
  exited.catch(() => undefined);
  try {
    await Promise.race([Promise.all([waitForPort(port), waitForPort(tlsPort)]), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    tlsPort,
    pid: child.pid ?? 0,
    log,
    stop: async () => {
      child.kill('SIGTERM');
      await waitForExit(child, 10_000);
    },
  };
}
