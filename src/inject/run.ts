/**
 * `stanch run -- CMD…`: starts CMD with the parent's environment plus the secrets, nothing on disk.
 * stdio is inherited (the child talks to the terminal directly), termination signals this process
 * receives are passed on to the child, and the child's exit status becomes ours (128 + signal number
 * when it was killed by a signal, as shells report it).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { EXIT, StanchError } from '../model/errors.js';
import type { EnvEntry } from './env-file.js';

export interface RunOptions {
  command: string;
  args: readonly string[];
  /** The parent environment (the entry point passes process.env). */
  baseEnv: Record<string, string | undefined>;
  secrets: readonly EnvEntry[];
  cwd?: string;
  /** Signals to forward. Default: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2. */
  forward?: NodeJS.Signals[];
  /** Called once the child is running (tests use it to send signals). */
  onSpawn?: (pid: number) => void;
}

const DEFAULT_FORWARD: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

export function childEnv(base: Record<string, string | undefined>, secrets: readonly EnvEntry[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) env[k] = v;
  for (const { name, value } of secrets) {
    if (value.includes('\0')) throw new StanchError(`${name}: the value contains a NUL byte, which no environment can hold`, EXIT.USAGE);
    env[name] = value;
  }
  return env;
}

/** Resolves with the exit code to use. */
export function runWithSecrets(opts: RunOptions): Promise<number> {
  const env = childEnv(opts.baseEnv, opts.secrets);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(opts.command, [...opts.args], { env, cwd: opts.cwd, stdio: 'inherit' });
    const signals = process.platform === 'win32' ? [] : (opts.forward ?? DEFAULT_FORWARD);
    const forward = (sig: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    };
    const cleanup = () => {
      for (const s of signals) process.removeListener(s, forward);
    };
    for (const s of signals) process.on(s, forward);
    child.once('spawn', () => opts.onSpawn?.(child.pid!));
    child.once('error', (err: NodeJS.ErrnoException) => {
      cleanup();
      const why = err.code === 'ENOENT' ? 'command not found' : err.code === 'EACCES' ? 'permission denied' : (err.code ?? 'cannot start');
      // 127/126 like a shell, so scripts can tell "not found" from the program's own failures.
      reject(new StanchError(`${opts.command}: ${why}`, err.code === 'ENOENT' ? 127 : 126));
    });
    child.once('exit', (code, signal) => {
      cleanup();
      if (signal) resolvePromise(128 + ((constants.signals as Record<string, number>)[signal] ?? 0));
      else resolvePromise(code ?? EXIT.USAGE);
    });
  });
}
