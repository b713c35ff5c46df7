/**
 * The one way stanch writes a file that must never be seen half-written: a temp file in the same
 * directory (same filesystem, so the rename is atomic) created with the final mode (0600 for
 * secrets: never readable by others, even for a moment), flushed, then renamed over the target.
 * On failure the temp file is removed and the target is left as it was.
 *
 * A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written
 * in place: renaming over it would replace the device itself, which as root breaks the machine.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { open, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True when `path` exists and is a device, FIFO or socket (not a regular file, directory or link). */
export function isSpecialFile(path: string): boolean {
  try {
    const st = lstatSync(path);
    return st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  if (isSpecialFile(path)) return writeFile(path, data);
  const tmp = tempPathFor(path);
  const fh = await open(tmp, 'wx', mode);
  try {
    try {
      await fh.writeFile(data);
      await fh.chmod(mode);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Synchronous twin for CLI reports written at exit. */
export function writeFileAtomicSync(path: string, data: Uint8Array | string, mode = 0o600): void {
  if (isSpecialFile(path)) return writeFileSync(path, data);
  const tmp = tempPathFor(path);
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
