/**
 * One file per secret, for programs that read `<NAME>_FILE` (the official postgres, mysql, redis
 * images and many others): `<dir>/<NAME>` holds exactly the value (no trailing newline added), mode
 * 0400 by default, in a 0700 directory. All files are written or none: on a failure the ones already
 * written are shredded again.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EnvEntry } from './env-file.js';
import { ENV_NAME } from './mapping.js';
import { EXIT, StanchError } from '../model/errors.js';
import { ensurePrivateDir, removeDirIfEmpty, shredFile, writeSecretFile, type SecretFileMode } from './secure-file.js';

export interface SecretFilesResult {
  dir: string;
  /** NAME → absolute path of its file. */
  files: { name: string; path: string }[];
  warning?: string;
}

export async function writeSecretFiles(dir: string, entries: readonly EnvEntry[], mode: SecretFileMode = 0o400): Promise<SecretFilesResult> {
  const abs = resolve(dir);
  const warning = await ensurePrivateDir(abs);
  const files: { name: string; path: string }[] = [];
  try {
    for (const { name, value } of entries) {
      if (!ENV_NAME.test(name)) throw new StanchError(`${name}: not a valid file name for a secret`, EXIT.USAGE);
      const path = join(abs, name);
      await writeSecretFile(path, value, mode);
      files.push({ name, path });
    }
  } catch (err) {
    for (const f of files) await shredFile(f.path).catch(() => undefined);
    throw err;
  }
  return { dir: abs, files, warning };
}

/** `NAME_FILE=/path` lines (no secrets in them) for an env file or `docker --env-file`. */
export function fileVariables(files: readonly { name: string; path: string }[]): EnvEntry[] {
  return files.map((f) => ({ name: `${f.name}_FILE`, value: f.path }));
}

/** Shreds `<dir>/<NAME>` for each name (or every regular file in dir when names is undefined), then the dir if empty. */
export async function removeSecretFiles(dir: string, names?: readonly string[]): Promise<number> {
  const abs = resolve(dir);
  const list = names ?? (await readdir(abs).catch(() => [] as string[])).filter((n) => ENV_NAME.test(n));
  let removed = 0;
  for (const n of list) {
    const p = join(abs, n);
    const st = await lstat(p).catch(() => undefined);
    if (st && (st.isFile() || st.isSymbolicLink()) && (await shredFile(p))) removed++;
  }
  await removeDirIfEmpty(abs);
  return removed;
}
