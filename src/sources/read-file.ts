/**
 * Reading a whole small file as text, apart from the file walk so scan workers (and the CLI's
 * start-up chunk they share with git hooks) do not load the walker and its .gitignore matcher.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FileRef } from '../model/contracts.js';
import type { Fragment } from '../model/fragment.js';

/** How many leading bytes are checked for NUL to call a file binary (as git does). */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * Reads a file in one piece as a fragment, or says why it is skipped (binary, unreadable).
 * Synchronous: an async read is four thread-pool round trips (open, fstat, read, close), and a
 * thread waiting on them one file at a time left the scan workers idle for ~1 s of a 5 s tree
 * scan. Small files come from the page cache.
 */
export function readWholeFile(ref: FileRef): { fragment: Fragment; bytes: number } | { skip: string } {
  let buf: Buffer;
  try {
    buf = readIntoScratch(ref.file);
  } catch (e) {
    return { skip: `unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const text = decodeText(buf);
  if (text === undefined) return { skip: 'binary file (NUL byte)' };
  return { fragment: { text, path: ref.path, startLine: 1 }, bytes: buf.length };
}

/**
 * Reads a whole file into one buffer reused from call to call (valid until the next call): a
 * fresh buffer per file made a tree scan fault in and collect hundreds of megabytes it only
 * decodes once. decodeText copies what it keeps, so nothing outlives the next read.
 */
let scratch: Buffer | undefined;
function readIntoScratch(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch === undefined || scratch.length <= size) scratch = Buffer.allocUnsafeSlow(Math.max(size + 1, 2 * (scratch?.length ?? 512 * 1024)));
    let n = 0;
    for (;;) {
      if (n === scratch.length) {
        const bigger = Buffer.allocUnsafeSlow(2 * scratch.length);
        scratch.copy(bigger, 0, 0, n);
        scratch = bigger;
      }
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) return scratch.subarray(0, n);
      n += got;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Text of a small file, or undefined when it is binary. UTF-16 files (with a BOM)
 * are decoded rather than called binary; a UTF-8 BOM is dropped.
 */
export function decodeText(buf: Buffer): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  // Most source files are ASCII: copied as Latin-1 they skip the UTF-8 decoder (~15% faster).
  if (isAscii(buf)) return buf.toString('latin1');
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
