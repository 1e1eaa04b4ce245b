import { execFile } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { basename } from 'node:path';
import { describeCaller, isPassThrough, type Caller, type ProcessFacts } from './caller.ts';

/**
 * Identifies who is on the other end of an agent connection (docs/security.md, "The agent").
 * Node does not expose SO_PEERCRED, so on Linux:
 *  1. our end's socket inode is read from /proc/self/fd (the accepted socket's descriptor);
 *  2. `ss -x` (the kernel's sock_diag) names the peer socket's inode for that connection;
 *  3. the process holding the peer inode is found in /proc/PID/fd (the pid the client claims is
 *     checked first, then every process of the user);
 *  4. from that process up its parents, `apppass` itself and shells are passed over, so the caller
 *     is the program that ran `apppass get` (mbsync, msmtp, git…).
 * When any step fails (another OS, no `ss`), the caller is the pid the client claimed, marked unverified.
 */
export async function identifyCaller(socket: Socket, serverPath: string, claimedPid: number): Promise<Caller> {
  if (process.platform === 'linux') {
    try {
      const pid = await verifiedPeerPid(socket, serverPath, claimedPid);
      if (pid !== null) return describeCaller(await walkToCaller(pid), true);
    } catch {
      // Fall through to the claimed pid.
    }
  }
  return describeCaller(await factsOf(claimedPid).catch(() => ({ pid: claimedPid, exe: null, argv: [], ppid: null })), false);
}

async function socketInodeOfFd(path: string): Promise<string | null> {
  const link = await readlink(path).catch(() => '');
  const match = /^socket:\[(\d+)\]$/.exec(link);
  return match ? (match[1] as string) : null;
}

function peerInodeFromSs(serverPath: string, ownInode: string): Promise<string | null> {
  return new Promise((resolvePeer) => {
    execFile('ss', ['-xnH', 'src', serverPath], { timeout: 2000 }, (error, stdout) => {
      if (error) return resolvePeer(null);
      const row = stdout.split('\n').find((line) => new RegExp(`\\s${ownInode}\\s+\\S+\\s+\\d+\\s*$`).test(line));
      const match = row === undefined ? null : /(\d+)\s*$/.exec(row);
      resolvePeer(match ? (match[1] as string) : null);
    });
  });
}

async function holds(pid: string, inode: string): Promise<boolean> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) if ((await socketInodeOfFd(`/proc/${pid}/fd/${fd}`)) === inode) return true;
  return false;
}

async function verifiedPeerPid(socket: Socket, serverPath: string, claimedPid: number): Promise<number | null> {
  const fd = (socket as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) return null;
  const ownInode = await socketInodeOfFd(`/proc/self/fd/${fd}`);
  if (ownInode === null) return null;
  const peerInode = await peerInodeFromSs(serverPath, ownInode);
  if (peerInode === null) return null;
  if (await holds(String(claimedPid), peerInode)) return claimedPid;
  for (const name of await readdir('/proc')) {
    if (/^\d+$/.test(name) && name !== String(claimedPid) && (await holds(name, peerInode))) return Number(name);
  }
  return null;
}

async function factsOf(pid: number): Promise<ProcessFacts> {
  const [exe, cmdline, stat] = await Promise.all([
    readlink(`/proc/${pid}/exe`).catch(() => null),
    readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
    readFile(`/proc/${pid}/stat`, 'utf8').catch(() => ''),
  ]);
  // stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ")".
  const afterComm = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(afterComm[1]);
  return { pid, exe, argv: cmdline.split('\0').filter((a) => a !== ''), ppid: Number.isInteger(ppid) && ppid > 0 ? ppid : null };
}

/** From the connecting process up its parents, past `apppass` itself and shells (at most 8 steps). */
async function walkToCaller(pid: number): Promise<ProcessFacts> {
  let facts = await factsOf(pid);
  for (let step = 0; step < 8 && isPassThrough(facts, basename) && facts.ppid !== null && facts.ppid > 1; step++) {
    facts = await factsOf(facts.ppid);
  }
  return facts;
}

/** The program that ran this process (past `apppass` and shells): who a self-unlocked `apppass get` serves. */
export async function callerOfProcess(pid: number): Promise<Caller> {
  if (process.platform !== 'linux') return describeCaller({ pid, exe: process.execPath, argv: process.argv, ppid: null }, false);
  return describeCaller(await walkToCaller(pid), true);
}
