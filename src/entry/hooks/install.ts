/**
 * `stanch hooks install`: writes the pre-commit and pre-push hooks into the repository's hooks
 * directory (honouring core.hooksPath). Idempotent: a stanch hook is rewritten in place. Never
 * clobbers: a foreign hook is renamed `<name>.pre-stanch` and run first by the new hook.
 * `stanch hooks uninstall` undoes it: removes stanch's hooks and puts the renamed ones back.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { run } from '../../git/runner.js';
import { gitPath, configGet } from '../../git/commands.js';
import { StanchError } from '../../model/errors.js';
import { HOOK_NAMES, CHAINED_SUFFIX, SHIM_MARKER, installedHook, type HookName } from './shims.js';

export type InstallAction = 'installed' | 'updated' | 'unchanged' | 'chained';

export interface InstallResult {
  hooksDir: string;
  hooks: Array<{ name: HookName; path: string; action: InstallAction; chainedTo?: string }>;
}

export interface InstallOptions {
  cwd: string;
  /** Hooks to install (default both). */
  hooks?: readonly HookName[];
}

export async function installHooks(opts: InstallOptions): Promise<InstallResult> {
  const hooksDir = await hooksDirectory(opts.cwd, 'add `stanch hook pre-commit` to .husky/pre-commit and `stanch hook pre-push "$@"` to .husky/pre-push instead');
  await fs.mkdir(hooksDir, { recursive: true });
  const result: InstallResult = { hooksDir, hooks: [] };
  for (const name of opts.hooks ?? HOOK_NAMES) {
    const file = path.join(hooksDir, name);
    const content = installedHook(name);
    const existing = await readHook(file);
    let action: InstallAction = 'installed';
    let chainedTo: string | undefined;
    if (existing !== null && existing.includes(SHIM_MARKER)) {
      if (existing === content) action = 'unchanged';
      else action = 'updated';
    } else if (existing !== null) {
      chainedTo = file + CHAINED_SUFFIX;
      if (await exists(chainedTo)) {
        throw new StanchError(`${file}: a hook is there and ${path.basename(chainedTo)} already exists; merge them by hand, then rerun`);
      }
      await fs.rename(file, chainedTo);
      await fs.chmod(chainedTo, 0o755).catch(() => undefined);
      action = 'chained';
    }
    if (action !== 'unchanged') await writeExecutable(file, content);
    result.hooks.push({ name, path: file, action, ...(chainedTo ? { chainedTo } : {}) });
  }
  return result;
}

export type UninstallAction = 'removed' | 'restored' | 'absent' | 'not-stanch';

export interface UninstallResult {
  hooksDir: string;
  /** `restored`: stanch's hook removed and the hook that was there before put back. */
  hooks: Array<{ name: HookName; path: string; action: UninstallAction }>;
}

/**
 * Removes the hooks `installHooks` wrote and renames each `<name>.pre-stanch` back to `<name>`.
 * A hook without stanch's marker is someone else's (or was edited by hand): it is left alone.
 */
export async function uninstallHooks(opts: InstallOptions): Promise<UninstallResult> {
  const hooksDir = await hooksDirectory(opts.cwd, 'remove the `stanch hook` lines from .husky/pre-commit and .husky/pre-push instead');
  const result: UninstallResult = { hooksDir, hooks: [] };
  for (const name of opts.hooks ?? HOOK_NAMES) {
    const file = path.join(hooksDir, name);
    const chained = file + CHAINED_SUFFIX;
    const existing = await readHook(file);
    let action: UninstallAction;
    if (existing !== null && !existing.includes(SHIM_MARKER)) action = 'not-stanch';
    else if (await exists(chained)) {
      // rename replaces the stanch hook in one step: git never finds the hook missing.
      await fs.rename(chained, file);
      action = 'restored';
    } else if (existing !== null) {
      await fs.rm(file);
      action = 'removed';
    } else action = 'absent';
    result.hooks.push({ name, path: file, action });
  }
  return result;
}

/** The repository's hooks directory (honouring core.hooksPath); husky's is refused with `huskyHint`. */
async function hooksDirectory(cwd: string, huskyHint: string): Promise<string> {
  const hooksPath = await run(configGet('core.hooksPath'), { cwd });
  if (hooksPath !== null && /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksPath)) {
    throw new StanchError(`core.hooksPath points to husky: ${huskyHint} (see docs/hooks.md)`);
  }
  return path.resolve(cwd, await run(gitPath('hooks'), { cwd }));
}

/** A hook's text, or null when there is none. */
async function readHook(file: string): Promise<string | null> {
  return fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw new StanchError(`${file}: cannot read existing hook: ${e.message}`);
  });
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/** Temp file in the same directory, then rename: git never sees a half-written hook. */
async function writeExecutable(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, content, { mode: 0o755 });
  await fs.chmod(tmp, 0o755);
  await fs.rename(tmp, file);
}
