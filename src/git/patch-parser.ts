/**
 * Pure, incremental parser of `git log -p --cc -U0` / `git diff -U0` output. Fed one line at a
 * time (without the trailing newline), it keeps only the added lines of the file being read, so
 * memory stays bounded whatever the history size. Hunks are read by their line counts, never by
 * guessing from a line's first characters, so an added line that looks like a header
 * ("+++ b/x", "diff --git …") is still content.
 */
import { COMMIT_FIELD_SEP, COMMIT_MARKER } from './commands.js';

export interface PatchCommit {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  /** ISO-8601 author date. */
  date: string;
  subject: string;
}

/** Lines one commit added to one file (possibly one of several pieces of a large file). */
export interface AddedLines {
  kind: 'added';
  commit?: PatchCommit;
  path: string;
  lines: string[];
  /** 1-based line number in the new file of each entry of `lines`. */
  lineNumbers: number[];
}

export interface SkippedFile {
  kind: 'skipped';
  commit?: PatchCommit;
  path: string;
  reason: 'binary' | 'submodule' | 'lfs-pointer';
}

export interface CommitStart {
  kind: 'commit';
  commit: PatchCommit;
}

export type PatchEvent = CommitStart | AddedLines | SkippedFile;

export interface PatchParserOptions {
  /** A file's added lines are handed out in pieces of about this many characters. Default 1 MiB. */
  maxPieceChars?: number;
}

interface FileState {
  path: string;
  binary: boolean;
  submodule: boolean;
  lfs: boolean;
  lines: string[];
  lineNumbers: number[];
  chars: number;
}

interface HunkState {
  /** Number of parents (1 for a plain diff, 2+ for a combined merge diff). */
  parents: number;
  oldRemaining: number[];
  newRemaining: number;
  newLine: number;
}

/** Lines repeated at the start of the next piece of a large file: room for a 4096-bit PEM key. */
const OVERLAP_LINES = 64;
const OVERLAP_CHARS = 16 * 1024;
const LFS_POINTER_FIRST_LINE = 'version https://git-lfs.github.com/spec/v1';
const HUNK_RANGE_RE = /^([-+])(\d+)(?:,(\d+))?$/;

export class PatchParser {
  /** Events produced so far; the caller drains (reads and empties) it after each `push`. */
  readonly out: PatchEvent[] = [];
  private commit: PatchCommit | undefined;
  private file: FileState | undefined;
  private hunk: HunkState | undefined;
  private readonly maxPieceChars: number;

  constructor(opts: PatchParserOptions = {}) {
    this.maxPieceChars = opts.maxPieceChars ?? 1 << 20;
  }

  /** The file being read (for notices about the current line), or '' between files. */
  get currentPath(): string {
    return this.file?.path ?? '';
  }

  get currentCommit(): PatchCommit | undefined {
    return this.commit;
  }

  push(line: string): void {
    if (this.hunk !== undefined && this.hunkLine(line)) return;
    this.headerLine(line);
  }

  /** Flushes the last file. */
  end(): void {
    this.endFile();
  }

  /** Returns false when the line cannot belong to the hunk (the hunk is then closed). */
  private hunkLine(line: string): boolean {
    const h = this.hunk!;
    if (h.parents === 1) {
      const c = line.charCodeAt(0);
      if (c === 43 /* + */) {
        this.added(line.slice(1), h.newLine++);
        h.newRemaining--;
      } else if (c === 45 /* - */) {
        h.oldRemaining[0]--;
      } else if (c === 32 /* space */) {
        h.newLine++;
        h.newRemaining--;
        h.oldRemaining[0]--;
      } else if (c === 92 /* \ No newline at end of file */) {
        return true;
      } else {
        this.hunk = undefined;
        return false;
      }
    } else {
      const cols = line.slice(0, h.parents);
      if (cols.length < h.parents || /[^ +-]/.test(cols)) {
        if (line.charCodeAt(0) === 92) return true;
        this.hunk = undefined;
        return false;
      }
      if (cols.includes('-')) {
        for (let i = 0; i < h.parents; i++) if (cols[i] === '-') h.oldRemaining[i]--;
      } else {
        for (let i = 0; i < h.parents; i++) if (cols[i] === ' ') h.oldRemaining[i]--;
        // New against every parent: a conflict resolution or an evil-merge line. A line new
        // against only some parents came from another parent's branch and was scanned there.
        if (!cols.includes(' ')) this.added(line.slice(h.parents), h.newLine);
        h.newLine++;
        h.newRemaining--;
      }
    }
    if (h.newRemaining <= 0 && h.oldRemaining.every((n) => n <= 0)) this.hunk = undefined;
    return true;
  }

  private added(text: string, lineNumber: number): void {
    const f = this.file!;
    if (f.submodule || f.binary) return;
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1); // CRLF files
    if (lineNumber === 1 && text === LFS_POINTER_FIRST_LINE) f.lfs = true;
    f.lines.push(text);
    f.lineNumbers.push(lineNumber);
    f.chars += text.length + 1;
    if (f.chars >= this.maxPieceChars) this.flushLines(true);
  }

  /**
   * Hands out the lines gathered so far. When a large file is cut into pieces (`overlap`), the
   * next piece starts again with the last few lines, so a multi-line secret (a PEM key) that
   * straddles the cut is whole in one piece; the pipeline drops the duplicate findings.
   */
  private flushLines(overlap = false): void {
    const f = this.file!;
    if (f.lines.length === 0) return;
    this.out.push({ kind: 'added', commit: this.commit, path: f.path, lines: f.lines, lineNumbers: f.lineNumbers });
    let keep = 0;
    let keptChars = 0;
    if (overlap) {
      const maxChars = Math.min(OVERLAP_CHARS, this.maxPieceChars / 4);
      while (keep < OVERLAP_LINES && keep < f.lines.length - 1) {
        const len = f.lines[f.lines.length - 1 - keep]!.length + 1;
        if (keptChars + len > maxChars) break;
        keptChars += len;
        keep++;
      }
    }
    f.lines = keep ? f.lines.slice(-keep) : [];
    f.lineNumbers = keep ? f.lineNumbers.slice(-keep) : [];
    f.chars = keptChars;
  }

  private endFile(): void {
    const f = this.file;
    if (f === undefined) return;
    this.hunk = undefined;
    if (f.submodule) this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'submodule' });
    else if (f.binary) this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'binary' });
    else {
      if (f.lfs) this.out.push({ kind: 'skipped', commit: this.commit, path: f.path, reason: 'lfs-pointer' });
      this.flushLines();
    }
    this.file = undefined;
  }

  private startFile(path: string): void {
    this.endFile();
    this.file = { path, binary: false, submodule: false, lfs: false, lines: [], lineNumbers: [], chars: 0 };
  }

  private headerLine(line: string): void {
    if (line.charCodeAt(0) === 0x1e && line.startsWith(COMMIT_MARKER)) {
      this.endFile();
      this.commit = parseCommitMarker(line);
      this.out.push({ kind: 'commit', commit: this.commit });
      return;
    }
    if (line.startsWith('diff --git ')) return this.startFile(pathFromDiffGit(line.slice(11)));
    if (line.startsWith('diff --cc ')) return this.startFile(unquoteGitPath(line.slice(10)));
    if (line.startsWith('diff --combined ')) return this.startFile(unquoteGitPath(line.slice(16)));
    const f = this.file;
    if (f === undefined) return;
    if (line.startsWith('@@')) {
      this.hunk = parseHunkHeader(line);
      return;
    }
    if (line.startsWith('+++ ')) {
      const p = unquoteGitPath(stripTab(line.slice(4)));
      if (p.startsWith('b/')) f.path = p.slice(2);
      return;
    }
    if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      f.path = unquoteGitPath(line.slice(line.indexOf(' to ') + 4));
      return;
    }
    if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      f.binary = true;
      return;
    }
    if (
      (line.startsWith('new file mode ') || line.startsWith('new mode ') || line.startsWith('index ') || line.startsWith('mode ')) &&
      / 160000(?:,|$)|mode 160000/.test(line)
    ) {
      f.submodule = true;
    }
  }
}

export function parseCommitMarker(line: string): PatchCommit {
  const [sha = '', parents = '', author = '', email = '', date = '', subject = ''] = line.slice(1).split(COMMIT_FIELD_SEP);
  return { sha, parents: parents === '' ? [] : parents.split(' '), author, email, date, subject };
}

/** `@@ -a,b +c,d @@` or, for an n-parent merge, `@@@ -a,b -c,d +e,f @@@` (n+1 '@'). */
export function parseHunkHeader(line: string): HunkState | undefined {
  let at = 0;
  while (line.charCodeAt(at) === 64) at++;
  const close = line.indexOf(' ' + '@'.repeat(at), at);
  if (at < 2 || close < 0) return undefined;
  const ranges = line.slice(at + 1, close).split(' ');
  const oldRemaining: number[] = [];
  let newRemaining = 0;
  let newLine = 0;
  for (const r of ranges) {
    const m = HUNK_RANGE_RE.exec(r);
    if (!m) return undefined;
    const count = m[3] === undefined ? 1 : Number(m[3]);
    if (m[1] === '-') oldRemaining.push(count);
    else {
      newRemaining = count;
      newLine = Number(m[2]);
    }
  }
  if (oldRemaining.length !== at - 1) return undefined;
  return { parents: at - 1, oldRemaining, newRemaining, newLine };
}

function stripTab(s: string): string {
  // git ends ---/+++ names that contain a space with a TAB (for GNU patch).
  return s.endsWith('\t') ? s.slice(0, -1) : s;
}

/** Best-effort path from `diff --git a/X b/Y` (the +++ / rename lines, when present, win). */
export function pathFromDiffGit(rest: string): string {
  if (rest.startsWith('"')) {
    const end = endOfQuoted(rest);
    const b = rest.slice(end + 1).trimStart();
    const p = unquoteGitPath(b);
    return p.startsWith('b/') ? p.slice(2) : p;
  }
  // Unquoted: "a/P b/P" for the common same-name case.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.startsWith('a/') && rest.slice(half + 1).startsWith('b/') && rest.slice(2, half) === rest.slice(half + 3)) {
    return rest.slice(half + 3);
  }
  const i = rest.lastIndexOf(' b/');
  if (i >= 0) return rest.slice(i + 3);
  const q = rest.lastIndexOf(' "b/');
  return q >= 0 ? unquoteGitPath(rest.slice(q + 1)).slice(2) : rest;
}

function endOfQuoted(s: string): number {
  for (let i = 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return s.length;
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of paths (core.quotePath): `"t\303\244st"` → `täst`. */
export function unquoteGitPath(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const end = endOfQuoted(s);
  for (let i = 1; i < end; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = s[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
