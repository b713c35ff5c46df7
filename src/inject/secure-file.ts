/**
 * Writing and removing files that hold secrets.
 *
 * Writing: the parent directory is created with mode 0700 when missing; the file is written to a temp
 * file in the same directory (created 0600, flushed), then renamed over the target, so a reader sees
 * the old file or the whole new one, never a part. The final mode is 0600 or 0400.
 *
 * Removing: the file is overwritten with zeros (flushed) before it is unlinked. On copy-on-write or
 * journaling filesystems and SSDs the old blocks may survive; the overwrite still defeats the easy
 * recoveries (a process that keeps the file open, a careless backup of the directory).
 */
import { lstat, mkdir, open, rmdir, stat, unlink, chmod } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EXIT, StanchError } from '../model/errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

export type SecretFileMode = 0o600 | 0o400;

export interface SecretFileResult {
  path: string;
  /** Set when the directory is reachable by others (the file is still private). */
  warning?: string;
}

/** Creates `dir` (and parents) with 0700 when missing; returns a warning when an existing one is open to others. */
export async function ensurePrivateDir(dir: string): Promise<string | undefined> {
  const abs = resolve(dir);
  const before = await stat(abs).catch(() => undefined);
  if (!before) {
    await mkdir(abs, { recursive: true, mode: 0o700 });
    await chmod(abs, 0o700);
    return undefined;
  }
  if (!before.isDirectory()) throw new StanchError(`${dir}: exists and is not a directory`, EXIT.USAGE);
  if ((before.mode & 0o077) !== 0) {
    return `${dir} is accessible to other users (mode ${(before.mode & 0o777).toString(8)}); the file itself is private (0600/0400), but a 0700 directory is safer`;
  }
  return undefined;
}

export async function writeSecretFile(path: string, content: string | Uint8Array, mode: SecretFileMode = 0o600): Promise<SecretFileResult> {
  const abs = resolve(path);
  const existing = await lstat(abs).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) throw new StanchError(`${path}: exists and is not a regular file`, EXIT.USAGE);
  const warning = await ensurePrivateDir(dirname(abs));
  try {
    await writeFileAtomic(abs, content, mode);
  } catch (err) {
    throw new StanchError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? 'write failed'}`, EXIT.USAGE);
  }
  return { path: abs, warning };
}

/** Overwrites a file with zeros, flushes, unlinks. A missing file is not an error (returns false). */
export async function shredFile(path: string): Promise<boolean> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return false;
  if (st.isSymbolicLink()) {
    // Never follow a link to overwrite whatever it points at; just remove the link.
    await unlink(path);
    return true;
  }
  if (!st.isFile()) throw new StanchError(`${path}: not a regular file; refusing to remove it`, EXIT.USAGE);
  if ((st.mode & 0o200) === 0) await chmod(path, 0o600);
  const fh = await open(path, 'r+');
  try {
    const chunk = Buffer.alloc(Math.min(st.size, 1 << 20));
    for (let off = 0; off < st.size; off += chunk.length) {
      await fh.write(chunk, 0, Math.min(chunk.length, st.size - off), off);
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  await unlink(path);
  return true;
}

/** Removes a directory if it is empty (after the files in it were shredded); keeps it otherwise. */
export async function removeDirIfEmpty(dir: string): Promise<boolean> {
  try {
    await rmdir(dir);
    return true;
  } catch {
    return false;
  }
}
