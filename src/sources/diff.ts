/**
 * The patch-reading core shared by the history, diff-range, staged and pre-push sources:
 * streams a git patch command, splits it into lines without holding more than one line
 * (plus a chunk) in memory, parses it and turns each (commit, file) piece into a Fragment.
 * Also: `createDiffSource` for the commits of a range (a pull request's `base..head`).
 */
import { StringDecoder } from 'node:string_decoder';
import type { Fragment, CommitInfo } from '../model/fragment.js';
import type { Source, SkipNotice } from '../model/contracts.js';
import { streamGit } from '../git/runner.js';
import { logPatchArgs, assertRevision, type LogPatchOptions } from '../git/commands.js';
import { PatchParser, type PatchEvent, type AddedLines, type PatchCommit } from '../git/patch-parser.js';

export interface PatchReadOptions {
  cwd: string;
  /** Written to git's stdin (e.g. commit SHAs for `--no-walk --stdin`). */
  input?: string;
  /** Longer lines are cut to this many characters (a notice says so). Default 16 MiB. */
  maxLineChars?: number;
  /** Added lines of one file are handed out in fragments of about this size. Default 1 MiB. */
  maxFragmentChars?: number;
  /** Called with the size of each chunk of patch read from git (for progress). */
  onBytes?: (chunkBytes: number) => void;
}

export interface LongLineNotice {
  kind: 'long-line';
  commit?: PatchCommit;
  /** The path of the file being read when the line was cut (best effort). */
  path: string;
}

/**
 * Streams git's patch output as parser events. Invalid UTF-8 is decoded to U+FFFD instead of
 * failing; a line longer than `maxLineChars` is cut there (and reported) so one huge line cannot
 * exhaust memory.
 */
export async function* readPatch(args: string[], opts: PatchReadOptions): AsyncGenerator<PatchEvent | LongLineNotice> {
  const maxLine = opts.maxLineChars ?? 16 * 1024 * 1024;
  const parser = new PatchParser({ maxPieceChars: opts.maxFragmentChars });
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let dropping = false; // inside the cut-off tail of an over-long line
  const drain = function* (): Generator<PatchEvent> {
    yield* parser.out;
    parser.out.length = 0;
  };
  let cut: LongLineNotice | undefined; // a line was cut since the last drain
  const noteCut = () => {
    cut ??= { kind: 'long-line', commit: parser.currentCommit, path: parser.currentPath };
  };
  const pushLine = (line: string) => {
    if (line.length > maxLine) {
      noteCut();
      parser.push(line.slice(0, maxLine));
    } else parser.push(line);
  };
  for await (const chunk of streamGit(args, { cwd: opts.cwd, input: opts.input })) {
    opts.onBytes?.(chunk.length);
    const text = decoder.write(chunk);
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl >= 0) {
      // Finish the line carried over from the previous chunk.
      if (dropping) dropping = false;
      else pushLine(pending + text.slice(0, nl));
      pending = '';
      start = nl + 1;
      while ((nl = text.indexOf('\n', start)) >= 0) {
        pushLine(text.slice(start, nl));
        start = nl + 1;
      }
    }
    if (!dropping) {
      pending += start === 0 ? text : text.slice(start);
      if (pending.length > maxLine) {
        // Keep memory bounded: scan the beginning, drop the rest of this line as it arrives.
        noteCut();
        parser.push(pending.slice(0, maxLine));
        pending = '';
        dropping = true;
      }
    }
    yield* drain();
    if (cut) {
      yield cut;
      cut = undefined;
    }
  }
  const tail = decoder.end();
  if (!dropping && pending + tail !== '') pushLine(pending + tail);
  parser.end();
  yield* drain();
  if (cut) yield cut;
}

export function commitInfo(c: PatchCommit): CommitInfo {
  return { sha: c.sha, author: c.author, email: c.email, date: c.date, message: c.subject };
}

export function toFragment(ev: AddedLines): Fragment {
  return {
    text: ev.lines.join('\n'),
    path: ev.path,
    startLine: ev.lineNumbers[0],
    lineNumbers: ev.lineNumbers,
    ...(ev.commit ? { commit: commitInfo(ev.commit) } : {}),
  };
}

const REASONS: Record<string, string> = {
  binary: 'binary file: not scanned',
  submodule: 'submodule: not scanned (scan the submodule repository separately)',
  'lfs-pointer': 'Git LFS pointer: the object it points to (stored outside git) was not scanned',
  'long-line': 'line longer than the limit: only its beginning was scanned',
};

export interface PatchSourceStats {
  commits: number;
  /** Patch bytes read from git. */
  bytes: number;
  fragments: number;
  /** (commit, file) pairs with added lines (what scanSource reports as files). */
  files: number;
  /** Paths skipped (binary, submodule, LFS pointer, cut line), each once per reason. */
  skipped: number;
}

/** One git patch command: its arguments and what to write to its stdin. */
export interface PatchCommand {
  args: string[];
  input?: string;
}

/**
 * A Source over git patch commands (usually one; several run side by side, e.g. two halves of a
 * history walk on two cores). Remembers what it skipped (each path once per reason) and which
 * commits it read, so callers can report them and record them in a state file.
 */
export class PatchSource implements Source {
  readonly stats: PatchSourceStats = { commits: 0, bytes: 0, fragments: 0, files: 0, skipped: 0 };
  private readonly skipped = new Map<string, SkipNotice>();
  private readonly seenCommits: string[] = [];
  private completed = false;

  constructor(
    private readonly commands: () => Promise<PatchCommand | PatchCommand[] | null>,
    private readonly opts: Omit<PatchReadOptions, 'input' | 'onBytes'> & {
      onProgress?: (s: PatchSourceStats) => void;
      /** Keep the commit SHAs read (for the state file). */
      recordCommits?: boolean;
      /** Called once for each path skipped (binary, submodule, LFS pointer, cut line). */
      onSkip?: (notice: SkipNotice) => void;
    },
  ) {}

  async *fragments(): AsyncIterable<Fragment> {
    const got = await this.commands();
    const cmds = got === null ? [] : Array.isArray(got) ? got : [got];
    const streams = cmds.map((cmd) =>
      readPatch(cmd.args, {
        ...this.opts,
        input: cmd.input,
        onBytes: (n) => {
          this.stats.bytes += n;
        },
      }),
    );
    // Per stream: pieces of one large file arrive back to back, count the file once.
    const last = streams.map(() => ({ path: '', commit: undefined as PatchCommit | undefined }));
    for await (const [i, ev] of mergeStreams(streams)) {
      switch (ev.kind) {
        case 'commit':
          this.stats.commits++;
          if (this.opts.recordCommits) this.seenCommits.push(ev.commit.sha);
          this.opts.onProgress?.(this.stats);
          break;
        case 'added': {
          this.stats.fragments++;
          const l = last[i]!;
          if (ev.path !== l.path || ev.commit !== l.commit) this.stats.files++;
          l.path = ev.path;
          l.commit = ev.commit;
          yield toFragment(ev);
          break;
        }
        default:
          this.note(ev.path, ev.kind === 'long-line' ? 'long-line' : ev.reason, ev.commit?.sha);
      }
    }
    this.completed = true;
    this.opts.onProgress?.(this.stats);
  }

  private note(path: string, reason: string, sha: string | undefined): void {
    const key = `${reason}\0${path}`;
    if (this.skipped.has(key)) return;
    const where = sha ? ` (first seen in ${sha.slice(0, 12)})` : '';
    const notice = { path, reason: `${REASONS[reason] ?? reason}${where}` };
    this.skipped.set(key, notice);
    this.stats.skipped = this.skipped.size;
    this.opts.onSkip?.(notice);
  }

  /** What was not scanned, each path once per reason. */
  notices(): SkipNotice[] {
    return [...this.skipped.values()];
  }

  /** SHAs of the commits read, once the whole stream was read (empty before that). */
  scannedCommits(): string[] {
    return this.completed ? this.seenCommits : [];
  }
}

/**
 * Interleaves several async streams, each item tagged with its stream's index, taking whichever
 * is ready first. At most one item per stream is pending, so memory stays bounded. If one
 * stream fails or the consumer stops, the others are closed (which stops their git).
 */
export async function* mergeStreams<T>(streams: AsyncGenerator<T>[]): AsyncGenerator<[number, T]> {
  if (streams.length === 1) {
    for await (const v of streams[0]!) yield [0, v];
    return;
  }
  type Step = { i: number; r: IteratorResult<T> };
  const pull = (i: number): Promise<Step> => streams[i]!.next().then((r) => ({ i, r }));
  const pending = new Map<number, Promise<Step>>(streams.map((_, i) => [i, pull(i)]));
  let finished = false;
  try {
    while (pending.size > 0) {
      const { i, r } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pending.set(i, pull(i));
      yield [i, r.value];
    }
    finished = true;
  } finally {
    if (!finished) {
      // Let pending pulls settle (ignoring their errors), then close every stream.
      await Promise.allSettled(pending.values());
      await Promise.allSettled(streams.map((s) => s.return(undefined)));
    }
  }
}

export interface DiffSourceOptions {
  cwd: string;
  /** Base revision (e.g. the pull request's base). */
  base: string;
  /** Head revision (default HEAD). */
  head?: string;
  maxFragmentChars?: number;
}

/**
 * The commits `selection` picks as two git processes: the non-merge commits, and the merges
 * without rename detection (see LogPatchOptions.merges; with it, git diffs a merge in full against
 * each parent to pair renames, which cost history scans a fifth of their git time for nothing
 * shown).
 */
export function mergesApart(selection: LogPatchOptions, input?: string): PatchCommand[] {
  return [
    { args: logPatchArgs({ ...selection, merges: 'none' }), input },
    { args: logPatchArgs({ ...selection, merges: 'only' }), input },
  ];
}

/** Commands reading exactly `commits` (SHAs, as a push or pull request check selects them), or null when there are none. */
export function exactCommitsCommands(commits: readonly string[]): PatchCommand[] | null {
  return commits.length === 0 ? null : mergesApart({ stdin: 'exact' }, commits.join('\n') + '\n');
}

/** The commits in `base..head` (what a pull request adds), each scanned as a patch, merges apart. */
export function createDiffSource(opts: DiffSourceOptions): PatchSource {
  const range = `${assertRevision(opts.base, 'base')}..${assertRevision(opts.head ?? 'HEAD', 'head')}`;
  return new PatchSource(async () => mergesApart({ revisions: [range] }), {
    cwd: opts.cwd,
    maxFragmentChars: opts.maxFragmentChars,
  });
}
