import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SessionBus {
  /** DBUS_SESSION_BUS_ADDRESS of this private bus. */
  address: string;
  /** Environment for processes (and this process) that should use the bus. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export interface SecretService extends SessionBus {
  /** Locks the default ('login') collection, as a screen lock would. Start a new service to get an unlocked one. */
  lockCollection(): Promise<void>;
}

export const SECRET_SERVICE_TOOLS = ['dbus-daemon', 'dbus-send', 'gnome-keyring-daemon'];

function waitForExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts a private D-Bus session bus (like dbus-run-session) in a throwaway folder. */
export async function startSessionBus(): Promise<SessionBus> {
  const dir = mkdtempSync(join(tmpdir(), 'apppass-bus-'));
  const runtimeDir = join(dir, 'runtime');
  mkdirSync(runtimeDir);
  chmodSync(runtimeDir, 0o700);
  const address = `unix:path=${join(dir, 'bus')}`;
  // A bus with no service directories: nothing is D-Bus-activated, so "no Secret Service" really
  // means none (the standard session config would start gnome-keyring on the first request).
  const config = join(dir, 'bus.conf');
  writeFileSync(
    config,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>${address}</listen>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>
`,
  );
  const daemon = spawn('dbus-daemon', ['--nofork', `--config-file=${config}`, '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('dbus-daemon did not start within 5 s')), 5000);
    daemon.stdout?.once('data', () => {
      clearTimeout(timer);
      resolve();
    });
    daemon.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address, XDG_RUNTIME_DIR: runtimeDir, XDG_DATA_HOME: join(dir, 'data') };
  return {
    address,
    env,
    async stop() {
      daemon.kill('SIGTERM');
      await waitForExit(daemon, 3000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function dbusSend(address: string, args: string[]): Promise<string> {
  const { stdout } = await run('dbus-send', ['--session', '--print-reply', ...args], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address },
    timeout: 5000,
  });
  return stdout;
}

async function secretsHasOwner(address: string): Promise<boolean> {
  const out = await dbusSend(address, [
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    'string:org.freedesktop.secrets',
  ]).catch(() => '');
  return /boolean true/.test(out);
}

const KEYRING_PASSWORD = 'apppass-test-keyring';

/**
 * gnome-keyring's Secret Service on a private session bus, unlocked, with an empty 'login'
 * collection as default. Waits until org.freedesktop.secrets has an owner (without the wait a
 * second daemon can start: see shared notes).
 */
export async function startSecretService(): Promise<SecretService> {
  const bus = await startSessionBus();
  const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
    env: { ...process.env, ...bus.env },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  keyring.stdin?.end(`${KEYRING_PASSWORD}\n`);
  const deadline = Date.now() + 10_000;
  while (!(await secretsHasOwner(bus.address))) {
    if (Date.now() > deadline || keyring.exitCode !== null) {
      keyring.kill('SIGKILL');
      await bus.stop();
      throw new Error('gnome-keyring-daemon did not take org.freedesktop.secrets within 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const collection = '/org/freedesktop/secrets/collection/login';
  return {
    ...bus,
    async lockCollection() {
      await dbusSend(bus.address, ['--dest=org.freedesktop.secrets', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', `array:objpath:${collection}`]);
    },
    async stop() {
      keyring.kill('SIGTERM');
      await waitForExit(keyring, 3000);
      await bus.stop();
    },
  };
}

/** Points this process at the bus (the keyring library reads DBUS_SESSION_BUS_ADDRESS on use). */
export function useBus(bus: SessionBus): () => void {
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(bus.env)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
