/**
 * One small typed function per git command: each returns `{ args, parse }` and does not run
 * anything, so argument building and parsing are tested without git; `run()` in runner.ts runs them.
 */
import type { GitCommand } from './runner.js';
import { StanchError } from '../model/errors.js';

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

/** A revision or range given by a user; refuses anything git could read as an option. */
export function assertRevision(rev: string, field = 'revision'): string {
  if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    throw new StanchError(`invalid ${field} ${JSON.stringify(rev)}: expected a commit, branch or range like main..HEAD`);
  }
  return rev;
}

export const ZERO_SHA_RE = /^0+$/;
export const isZeroSha = (sha: string): boolean => ZERO_SHA_RE.test(sha);

/** `git rev-parse --is-shallow-repository` */
export const isShallowRepository = (): GitCommand<boolean> => ({
  args: ['rev-parse', '--is-shallow-repository'],
  parse: (out) => out.trim() === 'true',
});

/** `git rev-parse --is-bare-repository` */
export const isBareRepository = (): GitCommand<boolean> => ({
  args: ['rev-parse', '--is-bare-repository'],
  parse: (out) => out.trim() === 'true',
});

/** `git rev-parse --show-toplevel` */
export const showToplevel = (): GitCommand<string> => ({
  args: ['rev-parse', '--show-toplevel'],
  parse: (out) => out.trim(),
});

/** `git rev-parse --git-path <name>`: honours core.hooksPath for `hooks`; relative to cwd. */
export const gitPath = (name: string): GitCommand<string> => ({
  args: ['rev-parse', '--git-path', name],
  parse: (out) => out.trim(),
});

/** `git rev-parse --verify --quiet <rev>^{commit}`: the commit SHA, or null if it does not exist. */
export const resolveCommit = (rev: string): GitCommand<string | null> => ({
  args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${assertRevision(rev)}^{commit}`],
  okExitCodes: [0, 1, 128],
  parse: (out) => out.trim() || null,
});

/** `git rev-list <args>`: SHAs, one a line. */
export const revList = (args: string[]): GitCommand<string[]> => ({
  args: ['rev-list', ...args],
  parse: lines,
});

/** `git rev-list --count <args>` */
export const revListCount = (args: string[]): GitCommand<number> => ({
  args: ['rev-list', '--count', ...args],
  parse: (out) => Number.parseInt(out.trim(), 10) || 0,
});

/** `git hash-object -t tree --stdin` on empty input: the empty tree of this repo's hash (sha1 or sha256). */
export const emptyTree = (): GitCommand<string> => ({
  args: ['hash-object', '-t', 'tree', '--stdin'],
  parse: (out) => out.trim(),
});

/** `git config --get <key>`: value or null when unset. */
export const configGet = (key: string): GitCommand<string | null> => ({
  args: ['config', '--get', key],
  okExitCodes: [0, 1],
  parse: (out) => (out === '' ? null : out.replace(/\n$/, '')),
});

/**
 * Options shared by every patch-producing command (log, diff): fixed, machine-readable output
 * whatever the user's config says (no colour, no external diff or textconv, a/ b/ prefixes,
 * submodules as one "Subproject commit" line, renames detected so a move adds nothing).
 */
export const PATCH_FORMAT_ARGS = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--submodule=short',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '-M',
];

/** Field separator inside the commit marker line (ASCII unit separator). */
export const COMMIT_FIELD_SEP = '\x1f';
/** First character of a commit marker line (ASCII record separator): never the start of a diff line. */
export const COMMIT_MARKER = '\x1e';
/** %H sha, %P parents, %an author, %ae email, %aI ISO date, %s subject. */
export const COMMIT_FORMAT = `--format=%x1e%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s`;

export interface LogPatchOptions {
  /** Revisions/ranges (e.g. ['main..HEAD']). Ignored when `all` or `stdin`. */
  revisions?: string[];
  /** Every ref (`--all`). */
  all?: boolean;
  /**
   * Revisions come on stdin, one a line. 'exact': these commits only (`--no-walk --stdin`);
   * 'walk': tips (and `^exclusions`) to walk from, as if given on the command line.
   * `true` means 'exact'.
   */
  stdin?: boolean | 'exact' | 'walk';
  /** `--since=<date>` as git understands it. */
  since?: string;
  /** Leave out the first n commits of the walk (`--skip`), to split one walk between processes. */
  skip?: number;
  /** Stop after n commits (`--max-count`). */
  maxCount?: number;
  /**
   * Only the merges ('only') or everything but them ('none'), so a history scan can read merges in
   * their own cheap process. Merges are then read without rename detection: with it, git diffs a
   * merge against every parent in full to pair renames, which cost 1.5 s of 7.6 s on the bench
   * repository (86 merges) for no output; without it the combined diff is 0.05 s. Without renames
   * a merge's comparison is only stricter: a line counts as new unless a parent has it at the same
   * path, so nothing new is hidden (at worst a renamed-and-edited file's lines are read again).
   */
  merges?: 'only' | 'none';
  /**
   * What a push sends that is new: commits reachable from `tips` and from no remote-tracking ref
   * and none of `exclude` (SHAs; `--ignore-missing` skips ones this repository never fetched).
   */
  newFrom?: { tips: string[]; exclude: string[] };
}

/**
 * `git log -p --cc`: every commit's patch against its parent. Merges use the combined diff
 * (`--cc`), which shows only lines that differ from every parent: a conflict resolution or an
 * "evil merge" line is new and scanned, while lines brought in from a branch were already scanned
 * in the branch's own commits and are not reported twice.
 */
export function logPatchArgs(opts: LogPatchOptions): string[] {
  // --root: the first commit's content is shown even if the user set log.showRoot=false.
  const args = ['log', '--cc', '--root', ...PATCH_FORMAT_ARGS, COMMIT_FORMAT, '--no-mailmap'];
  if (opts.skip !== undefined) args.push(`--skip=${opts.skip}`);
  if (opts.maxCount !== undefined) args.push(`--max-count=${opts.maxCount}`);
  return [...args, ...mergeArgs(opts), ...selectionArgs(opts)];
}

function mergeArgs(opts: LogPatchOptions): string[] {
  if (opts.merges === 'only') return ['--merges', '--no-renames']; // after -M: the last one wins
  if (opts.merges === 'none') return ['--no-merges'];
  return [];
}

/** Arguments selecting the commits `logPatchArgs` would show, for `rev-list` (counting, state). */
export function revListSelection(opts: LogPatchOptions): string[] {
  return [...mergeArgs(opts).filter((a) => a !== '--no-renames'), ...selectionArgs(opts)];
}

function selectionArgs(opts: LogPatchOptions): string[] {
  const args: string[] = [];
  if (opts.since !== undefined) {
    if (opts.since.trim() === '' || /[\0\n]/.test(opts.since)) throw new StanchError(`invalid --since date ${JSON.stringify(opts.since)}`);
    args.push(`--since=${opts.since}`);
  }
  if (opts.newFrom) {
    const shas = (list: string[]) => list.map((r) => assertRevision(r, 'commit'));
    args.push('--ignore-missing', ...shas(opts.newFrom.tips), '--not', '--remotes', ...shas(opts.newFrom.exclude));
  } else if (opts.stdin === 'exact' || opts.stdin === true) args.push('--no-walk=unsorted', '--stdin');
  else if (opts.stdin === 'walk') args.push('--stdin');
  else if (opts.all || !opts.revisions?.length) args.push('--all');
  else args.push('--end-of-options', ...opts.revisions.map((r) => assertRevision(r, 'range')));
  args.push('--');
  return args;
}

/**
 * `git rev-parse <selection> --`: the selection as fixed SHAs (tips and `^exclusions`), so
 * several processes walking "the same history" see the same commits even if refs move. Not
 * `--revs-only`, which drops an unknown revision silently (`typo..HEAD` would scan all of HEAD);
 * the trailing `--` makes git fail on it instead. rev-parse echoes `--`, which is dropped.
 */
export const resolveRevisions = (opts: Pick<LogPatchOptions, 'all' | 'revisions'>): GitCommand<string[]> => ({
  args: ['rev-parse', ...(opts.all || !opts.revisions?.length ? ['--all'] : opts.revisions.map((r) => assertRevision(r, 'range'))), '--'],
  parse: (out) => lines(out).filter((l) => l !== '--'),
});

/** `git diff --cached`: what `git commit` would record (works on an unborn branch too). */
export function diffCachedArgs(): string[] {
  return ['diff', '--cached', ...PATCH_FORMAT_ARGS, '--'];
}

/** One line of `git for-each-ref --format=%(objectname) %(refname)`. */
export interface RefLine {
  sha: string;
  ref: string;
}

/** `git for-each-ref <patterns>` */
export const forEachRef = (patterns: string[]): GitCommand<RefLine[]> => ({
  args: ['for-each-ref', '--format=%(objectname) %(refname)', ...patterns],
  parse: (out) =>
    lines(out).map((l) => {
      const i = l.indexOf(' ');
      return { sha: l.slice(0, i), ref: l.slice(i + 1) };
    }),
});
