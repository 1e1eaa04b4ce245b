import { AGENT_CALLER_MAX } from '../../contract/limits.ts';

/** What the agent knows of a process (from /proc on Linux). */
export interface ProcessFacts {
  pid: number;
  /** The executable's path, or null when it cannot be read. */
  exe: string | null;
  argv: string[];
  ppid: number | null;
}

/** The program asking the agent for a secret. */
export interface Caller {
  /** What approvals are stored under: the executable path (with the script for interpreters). */
  key: string;
  /** Words for the approval prompt and the activity log: "mbsync (/usr/bin/mbsync), pid 4242". */
  name: string;
  pid: number;
  /** True when the OS confirmed the pid (Linux); false when it is only what the client claimed. */
  verified: boolean;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'fish', 'ksh', 'mksh', 'busybox', 'env', 'timeout', 'nice']);
const INTERPRETERS = /^(node|nodejs|python[0-9.]*|perl[0-9.]*|ruby[0-9.]*|bun|deno|php[0-9.]*)$/;
/** `apppass` itself: the bin script, or a bundle of it run by node. */
const APPPASS_SCRIPT = /(^|\/)(apppass|apppass\.mjs|apppass-get\.mjs)$/;

function nameOf(path: string, base: (p: string) => string): string {
  return base(path).replace(/ \(deleted\)$/, '');
}

/** True for the processes between the caller and the socket: `apppass get` and the shells that ran it. */
export function isPassThrough(facts: ProcessFacts, base: (p: string) => string): boolean {
  const exeName = facts.exe === null ? (facts.argv[0] ?? '') : nameOf(facts.exe, base);
  if (SHELLS.has(exeName)) return true;
  return facts.argv.slice(0, 3).some((arg) => APPPASS_SCRIPT.test(arg));
}

/** Interpreter options whose next argument is inline code (no script to name) or a value to skip. */
const INLINE_CODE = new Set(['-e', '-c', '-p', '--eval', '--print']);
const TAKES_VALUE = new Set(['-r', '--require', '--import', '--loader', '-W', '-X']);

/** The interpreter's script (or `-m module`), when the executable is one; null for inline code. */
function scriptOf(facts: ProcessFacts, exeName: string): string | null {
  if (!INTERPRETERS.test(exeName)) return null;
  const args = facts.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (INLINE_CODE.has(arg)) return null;
    if (arg === '-m') return args[i + 1] === undefined ? null : `-m ${args[i + 1]}`;
    if (TAKES_VALUE.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return null;
}

function clip(text: string): string {
  return text.length <= AGENT_CALLER_MAX ? text : `…${text.slice(text.length - AGENT_CALLER_MAX + 1)}`;
}

/** True when two callers' names differ at most in their pid (the same program, run again). */
export function sameProgram(a: string, b: string): boolean {
  const withoutPid = (name: string) => name.replace(/, pid \d+/, '');
  return withoutPid(a) === withoutPid(b);
}

/** The caller as approvals and the activity log name it. */
export function describeCaller(facts: ProcessFacts, verified: boolean, base: (p: string) => string = (p) => p.slice(p.lastIndexOf('/') + 1)): Caller {
  const exe = facts.exe ?? facts.argv[0] ?? 'unknown program';
  const exeName = nameOf(exe, base);
  const script = scriptOf(facts, exeName);
  const key = clip(script === null ? exe : `${exe} ${script}`);
  const shown = script === null ? `${exeName} (${exe})` : `${exeName} ${script} (${exe})`;
  const name = clip(`${shown}, pid ${facts.pid}${verified ? '' : ', not verified'}`);
  return { key, name, pid: facts.pid, verified };
}
