/**
 * `stanch hooks install`: writes the pre-commit and pre-push hooks into the repository's hooks
 * directory (honouring core.hooksPath). Idempotent: a stanch hook is rewritten in place. Never
 * clobbers: a foreign hook is renamed `<name>.pre-stanch` and run first by the new hook.
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
  const hooksPath = await run(configGet('core.hooksPath'), { cwd: opts.cwd });
  if (hooksPath !== null && /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksPath)) {
    throw new StanchError(
      'core.hooksPath points to husky: add `stanch hook pre-commit` to .husky/pre-commit and `stanch hook pre-push "$@"` to .husky/pre-push instead (see docs/hooks.md)',
    );
  }
  const hooksDir = path.resolve(opts.cwd, await run(gitPath('hooks'), { cwd: opts.cwd }));
  await fs.mkdir(hooksDir, { recursive: true });
  const result: InstallResult = { hooksDir, hooks: [] };
  for (const name of opts.hooks ?? HOOK_NAMES) {
    const file = path.join(hooksDir, name);
    const content = installedHook(name);
    const existing = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw new StanchError(`${file}: cannot read existing hook: ${e.message}`);
    });
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
