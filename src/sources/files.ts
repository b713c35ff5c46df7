/**
 * Files on disk as fragments: walks the given paths (default `.`), honours nested
 * .gitignore files (and .git/info/exclude) unless told not to, always skips `.git/`,
 * skips binaries and reports every skip, never follows a symlink out of the scan root,
 * and reads large files in overlapping chunks so memory stays bounded.
 */
import { createReadStream, lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Fragment } from '../model/fragment.js';
import type { FileRef, ReadOutcome, SkipNotice, Source } from '../model/contracts.js';
import { EXIT, StanchError } from '../model/errors.js';
import { chunkByteStream, DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE } from './chunks.js';
import { BINARY_SNIFF_BYTES, readWholeFile } from './read-file.js';

export interface FileSourceOptions {
  /** Files or directories; default ['.']. Relative to `cwd`. */
  paths?: string[];
  /** Fragment paths are relative to this directory. Default process.cwd() at call time. */
  cwd?: string;
  /** Honour .gitignore files. Default true. */
  gitignore?: boolean;
  /** Skip files larger than this many bytes. Default: no limit (large files are chunked). */
  maxFileSize?: number;
  /** Files up to this size are read in one piece. Default 8 MiB. */
  wholeFileLimit?: number;
  chunkSize?: number;
  chunkOverlap?: number;
  onSkip?: (skip: SkipNotice) => void;
}

export interface SourceStats {
  files: number;
  bytes: number;
  skipped: number;
}

const DEFAULT_WHOLE_FILE_LIMIT = 8 * 1024 * 1024;

/** Extensions that are binary often enough that reading them is wasted work. */
export const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd heic avif ' +
    'pdf zip gz tgz bz2 xz zst 7z rar lz4 ' +
    'jar war ear class dex apk aab ipa exe dll so dylib o a lib obj pdb bin iso dmg img msi deb rpm ' +
    'woff woff2 ttf otf eot ' +
    'mp3 mp4 m4a m4v mov avi mkv wav flac ogg oga webm wmv ' +
    'pyc pyo whl wasm node sqlite sqlite3 db parquet avro orc ' +
    'npy npz pt pth onnx h5 pkl'
  ).split(' '),
);

export class FileSource implements Source {
  readonly stats: SourceStats = { files: 0, bytes: 0, skipped: 0 };
  private readonly opts: Required<Omit<FileSourceOptions, 'onSkip' | 'maxFileSize'>> &
    Pick<FileSourceOptions, 'onSkip' | 'maxFileSize'>;

  constructor(opts: FileSourceOptions = {}) {
    this.opts = {
      paths: opts.paths?.length ? opts.paths : ['.'],
      cwd: resolve(opts.cwd ?? process.cwd()),
      gitignore: opts.gitignore ?? true,
      maxFileSize: opts.maxFileSize,
      wholeFileLimit: opts.wholeFileLimit ?? DEFAULT_WHOLE_FILE_LIMIT,
      chunkSize: opts.chunkSize ?? DEFAULT_CHUNK_SIZE,
      chunkOverlap: opts.chunkOverlap ?? DEFAULT_CHUNK_OVERLAP,
      onSkip: opts.onSkip,
    };
  }

  fragments(): AsyncGenerator<Fragment> {
    return this.walk(false) as AsyncGenerator<Fragment>;
  }

  /** As fragments(), with the files read in one piece left to the scan workers (see Source). */
  deferred(): AsyncGenerator<Fragment | FileRef> {
    return this.walk(true);
  }

  settle(ref: FileRef, outcome: ReadOutcome): void {
    if ('skip' in outcome) this.skip(ref.file, outcome.skip);
    else {
      this.stats.files++;
      this.stats.bytes += outcome.bytes;
    }
  }

  private async *walk(defer: boolean): AsyncGenerator<Fragment | FileRef> {
    for (const p of this.opts.paths) {
      const abs = resolve(this.opts.cwd, p);
      let st;
      try {
        st = await stat(abs);
      } catch {
        throw new StanchError(`path not found: ${p}`, EXIT.USAGE);
      }
      if (st.isDirectory()) {
        const root = await realpath(abs);
        const matchers = this.opts.gitignore ? await ancestorMatchers(abs) : [];
        yield* this.walkDir(abs, root, matchers, defer);
      } else if (st.isFile()) {
        // A file named on the command line is scanned even if .gitignore lists it.
        yield* this.scanFile(abs, st.size, defer);
      } else {
        this.skip(abs, 'not a regular file');
      }
    }
  }

  /**
   * Depth first in name order, with an explicit stack instead of nested generators (each level of
   * `yield*` costs every fragment a promise hop), and synchronous directory reads: a thread-pool
   * round trip per directory kept this thread waiting while the scan workers starved.
   */
  private async *walkDir(top: string, root: string, topMatchers: readonly Matcher[], defer: boolean): AsyncGenerator<Fragment | FileRef> {
    // `display`: the directory's path as findings show it ('' for the working directory). Inside
    // the working directory child paths are built by appending names: path.join and
    // path.relative per file cost more than the directory reads. A walk from outside it can come
    // back into it, where relative paths get shorter: there each path is computed.
    const stack: { dir: string; display: string; matchers: readonly Matcher[]; entries: Dirent[]; next: number }[] = [];
    const enter = (dir: string, display: string, parentMatchers: readonly Matcher[]): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        this.skip(dir, `unreadable directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        return;
      }
      let matchers = parentMatchers;
      // Only a .gitignore the listing shows is read: trying one in every directory cost an ENOENT each.
      if (this.opts.gitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
        const own = loadMatcher(dir, join(dir, '.gitignore'));
        if (own) matchers = [...parentMatchers, own];
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      stack.push({ dir, display, matchers, entries, next: 0 });
    };
    const fromTop = relative(this.opts.cwd, top);
    const inside = !isAbsolute(fromTop) && fromTop !== '..' && !fromTop.startsWith('..' + sep);
    enter(top, fromTop.split(sep).join('/'), topMatchers);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next >= frame.entries.length) {
        stack.pop();
        continue;
      }
      const ent = frame.entries[frame.next++];
      if (ent.name === '.git') continue; // repository internals, never content
      const abs = frame.dir.endsWith(sep) ? frame.dir + ent.name : frame.dir + sep + ent.name;
      const display = !inside ? this.displayPath(abs) : frame.display === '' ? ent.name : `${frame.display}/${ent.name}`;
      const matchers = frame.matchers;
      if (ent.isSymbolicLink()) {
        yield* this.followSymlink(abs, root, matchers, defer, display);
        continue;
      }
      const isDir = ent.isDirectory();
      if (matchers.length && isIgnored(matchers, abs, isDir)) continue;
      if (isDir) {
        enter(abs, display, matchers);
      } else if (ent.isFile()) {
        let size: number;
        try {
          // Synchronous on purpose, like the read in scanFile: see there.
          size = lstatSync(abs).size;
        } catch {
          this.skip(abs, 'vanished while scanning');
          continue;
        }
        yield* this.scanFile(abs, size, defer, display);
      }
    }
  }

  /** Symlinked files inside the root are scanned; links out of the root and to directories are not. */
  private async *followSymlink(abs: string, root: string, matchers: readonly Matcher[], defer: boolean, display: string): AsyncGenerator<Fragment | FileRef> {
    let target: string;
    try {
      target = await realpath(abs);
    } catch {
      this.skip(abs, 'broken symlink');
      return;
    }
    if (target !== root && !target.startsWith(root + sep)) {
      this.skip(abs, 'symlink points outside the scan root');
      return;
    }
    const st = await stat(target);
    if (!st.isFile()) {
      this.skip(abs, 'symlink to a directory (its target is scanned directly)');
      return;
    }
    if (matchers.length && isIgnored(matchers, abs, false)) return;
    yield* this.scanFile(abs, st.size, defer, display);
  }

  /** `display`: the path findings show, when the walk has it already (else computed from `abs`). */
  private async *scanFile(abs: string, size: number, defer: boolean, display?: string): AsyncGenerator<Fragment | FileRef> {
    const path = display ?? this.displayPath(abs);
    if (this.opts.maxFileSize !== undefined && size > this.opts.maxFileSize) {
      this.skip(abs, `larger than the size limit (${size} bytes)`);
      return;
    }
    if (BINARY_EXTENSIONS.has(extname(abs).slice(1).toLowerCase())) {
      this.skip(abs, 'binary file (by extension)');
      return;
    }
    if (size <= this.opts.wholeFileLimit) {
      const ref: FileRef = { file: abs, path, size };
      if (defer) {
        yield ref;
        return;
      }
      const read = readWholeFile(ref);
      this.settle(ref, read);
      if ('fragment' in read) yield read.fragment;
      return;
    }
    if (await looksBinary(abs)) {
      this.skip(abs, 'binary file (NUL byte)');
      return;
    }
    this.stats.files++;
    this.stats.bytes += size;
    const stream = createReadStream(abs, { highWaterMark: 1024 * 1024 });
    for await (const chunk of chunkByteStream(stream, { chunkSize: this.opts.chunkSize, overlap: this.opts.chunkOverlap })) {
      const frag: Fragment = { text: chunk.text, path, startLine: chunk.startLine };
      if (chunk.startColumn !== 1) frag.startColumn = chunk.startColumn;
      yield frag;
    }
  }

  private displayPath(abs: string): string {
    const rel = relative(this.opts.cwd, abs);
    return (rel === '' ? basename(abs) : rel).split(sep).join('/');
  }

  private skip(abs: string, reason: string): void {
    this.stats.skipped++;
    this.opts.onSkip?.({ path: this.displayPath(abs), reason });
  }
}

async function looksBinary(abs: string): Promise<boolean> {
  const fh = await open(abs, 'r');
  try {
    const buf = Buffer.alloc(BINARY_SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    if (head[0] === 0xff && head[1] === 0xfe) return true; // huge UTF-16: not chunked
    return head.includes(0);
  } finally {
    await fh.close();
  }
}

// ---- .gitignore ----

interface Matcher {
  /** Directory the patterns are relative to (absolute). */
  base: string;
  ig: Ignore;
}

function loadMatcher(base: string, file: string): Matcher | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return { base, ig: ignore().add(text) };
}

/**
 * Matchers that apply above the scanned directory: `.git/info/exclude` and the
 * .gitignore files from the repository root down to (not including) `dir`.
 */
async function ancestorMatchers(dir: string): Promise<Matcher[]> {
  const chain: string[] = [];
  let cur = dir;
  let repoRoot: string | undefined;
  for (let i = 0; i < 64; i++) {
    chain.unshift(cur);
    if (await exists(join(cur, '.git'))) {
      repoRoot = cur;
      break;
    }
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  if (!repoRoot) return [];
  const out: Matcher[] = [];
  const exclude = loadMatcher(repoRoot, join(repoRoot, '.git', 'info', 'exclude'));
  if (exclude) out.push(exclude);
  for (const d of chain.slice(0, -1)) {
    const m = loadMatcher(d, join(d, '.gitignore'));
    if (m) out.push(m);
  }
  return out;
}

/** Git semantics: later (deeper) files override earlier ones; `!pattern` re-includes. */
function isIgnored(matchers: readonly Matcher[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const m of matchers) {
    const rel = relative(m.base, abs);
    if (rel === '' || rel.startsWith('..')) continue;
    const r = m.ig.test(rel.split(sep).join('/') + (isDir ? '/' : ''));
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}
