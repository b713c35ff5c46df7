/**
 * Runs a hook program (generator or verify command) with the least it needs:
 * argv without a shell, a minimal environment (PATH, HOME, LANG, TMPDIR plus names the policy
 * lists), context on stdin, a timeout that kills the whole process group. Its stderr goes to ours
 * (so the operator sees what it said) and is never copied into our error messages; its stdout is
 * returned to the caller and never printed.
 */
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { EXIT, StanchError } from '../model/errors.js';

export class HookError extends StanchError {
  constructor(message: string) {
    super(message, EXIT.STORE);
    this.name = 'HookError';
  }
}

export interface HookOptions {
  command: string[];
  cwd: string;
  timeoutMs: number;
  /** Written to the hook's stdin, then stdin is closed. */
  stdin: string;
  /** The caller's environment (the entry point passes process.env); only allowed names are passed on. */
  baseEnv: Record<string, string | undefined>;
  /** Extra names from baseEnv the policy allows. */
  allowEnv?: readonly string[];
  /** Set for the hook on top (STANCH_URI, STANCH_NEW_VALUE). */
  extraEnv?: Record<string, string>;
  /** 'inherit' (default): the hook's stderr goes to ours. 'ignore' drops it. */
  stderr?: 'inherit' | 'ignore';
  /** For messages: "generator" or "verify". */
  label: string;
}

const ALWAYS_PASSED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'SYSTEMROOT'];
const MAX_STDOUT = 64 * 1024;

/** `mint.sh` for messages: the program's base name only (paths can be long and personal). */
export function shortCommand(command: readonly string[]): string {
  return basename(command[0] ?? '?');
}

export function hookEnv(opts: Pick<HookOptions, 'baseEnv' | 'allowEnv' | 'extraEnv'>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...ALWAYS_PASSED, ...(opts.allowEnv ?? [])]) {
    const v = opts.baseEnv[name];
    if (v !== undefined) env[name] = v;
  }
  return { ...env, ...(opts.extraEnv ?? {}) };
}

export function runHook(opts: HookOptions): Promise<{ stdout: string }> {
  const name = `${opts.label} ${shortCommand(opts.command)}`;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(opts.command[0], opts.command.slice(1), {
        cwd: opts.cwd,
        env: hookEnv(opts),
        stdio: ['pipe', 'pipe', opts.stderr ?? 'inherit'],
        // Its own process group, so a timeout kills what it started too.
        detached: true,
      });
    } catch (err) {
      reject(new HookError(`${name} could not start (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    let timedOut = false;
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    child.stdout!.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_STDOUT) {
        tooBig = true;
        killGroup();
        return;
      }
      chunks.push(c);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new HookError(`${name} could not start (${err.code ?? 'error'}); check the command path and that it is executable`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(chunks).toString('utf8');
      chunks.length = 0;
      if (timedOut) return reject(new HookError(`${name} timed out after ${Math.round(opts.timeoutMs / 1000)}s and was killed`));
      if (tooBig) return reject(new HookError(`${name} wrote more than ${MAX_STDOUT} bytes to stdout`));
      if (code !== 0) {
        return reject(new HookError(`${name} failed (${signal ? `signal ${signal}` : `exit code ${code}`}; its stderr, if any, is shown above)`));
      }
      resolve({ stdout });
    });
    // A hook that does not read stdin closes the pipe early: that is fine.
    child.stdin!.on('error', () => undefined);
    child.stdin!.end(opts.stdin);
  });
}
