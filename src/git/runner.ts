/**
 * The one git runner. Every git invocation in stanch goes through here: no shell
 * (arguments are passed as an array, so paths and revisions are never interpreted),
 * stdout streamed so history of any size is read in bounded memory.
 */
import { spawn } from 'node:child_process';
import { StanchError, EXIT } from '../model/errors.js';

export interface GitRunOptions {
  /** Repository (or any directory inside it). */
  cwd: string;
  /** Written to git's stdin, then stdin is closed. */
  input?: string;
  /** Extra environment variables for git (the rest is inherited). */
  env?: Record<string, string>;
  /** Exit codes that are not errors (default [0]). */
  okExitCodes?: number[];
}

/** A git command as data: its argument list and a pure parser of its stdout. */
export interface GitCommand<T> {
  args: string[];
  parse(stdout: string): T;
  /** Exit codes that mean "answer is in stdout", e.g. 1 for `merge-base --is-ancestor`. */
  okExitCodes?: number[];
}

/**
 * Forced for every call: settings that would change git's output format under us, and
 * core.fsmonitor off so a scanned repository's config cannot make us run its command.
 */
const FIXED_CONFIG = ['-c', 'core.quotePath=true', '-c', 'color.ui=never', '-c', 'log.showSignature=false', '-c', 'core.fsmonitor=false'];

function gitEnv(extra?: Record<string, string>): NodeJS.ProcessEnv {
  // Never prompt for credentials; never page.
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', ...extra };
}

function gitFailure(args: string[], code: number | null, signal: string | null, stderr: string): StanchError {
  const first = stderr.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
  return new StanchError(`git ${args[0] ?? ''} ${how}${first ? `: ${first}` : ''}`, EXIT.USAGE);
}

function spawnGit(args: string[], opts: GitRunOptions) {
  const child = spawn('git', [...FIXED_CONFIG, ...args], {
    cwd: opts.cwd,
    env: gitEnv(opts.env),
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    if (stderr.length < 65536) stderr += d;
  });
  if (opts.input !== undefined) {
    child.stdin!.on('error', () => undefined); // git may exit before reading all input
    child.stdin!.end(opts.input);
  }
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new StanchError('git was not found on PATH: install git to scan history', EXIT.USAGE)
          : new StanchError(`could not run git: ${err.message}`, EXIT.USAGE),
      ),
    );
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited, stderr: () => stderr };
}

/**
 * Streams git's stdout chunk by chunk. Throws a StanchError (naming git's first stderr line)
 * if git fails. Stopping the iteration early kills git.
 */
export async function* streamGit(args: string[], opts: GitRunOptions): AsyncGenerator<Buffer> {
  const { child, exited, stderr } = spawnGit(args, opts);
  let finished = false;
  try {
    for await (const chunk of child.stdout!) yield chunk as Buffer;
    const { code, signal } = await exited;
    finished = true;
    if (!(opts.okExitCodes ?? [0]).includes(code ?? -1)) throw gitFailure(args, code, signal, stderr());
  } finally {
    if (!finished && child.exitCode === null) child.kill('SIGTERM');
  }
}

/** Runs git to completion and returns stdout (for small outputs) and the exit code. */
export async function runGit(args: string[], opts: GitRunOptions): Promise<{ stdout: string; code: number }> {
  const { child, exited, stderr } = spawnGit(args, opts);
  const parts: Buffer[] = [];
  child.stdout!.on('data', (d: Buffer) => parts.push(d));
  const { code, signal } = await exited;
  if (!(opts.okExitCodes ?? [0]).includes(code ?? -1)) throw gitFailure(args, code, signal, stderr());
  return { stdout: Buffer.concat(parts).toString('utf8'), code: code ?? -1 };
}

/** Runs a typed git command and parses its output. */
export async function run<T>(cmd: GitCommand<T>, opts: GitRunOptions): Promise<T> {
  const { stdout } = await runGit(cmd.args, { okExitCodes: cmd.okExitCodes, ...opts });
  return cmd.parse(stdout);
}
