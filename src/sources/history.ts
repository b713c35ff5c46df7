/**
 * Source: every commit's added lines, from one streaming `git log -p --cc -U0`.
 * Merges are read as combined diffs (see logPatchArgs), renames are detected (a move adds
 * nothing), deleted files add nothing, binary files and submodules are skipped and noted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { run } from '../git/runner.js';
import { gitPath, isShallowRepository, logPatchArgs, revList, revListSelection, revListCount, type LogPatchOptions } from '../git/commands.js';
import type { SkipNotice } from '../model/contracts.js';
import { PatchSource, type PatchSourceStats } from './diff.js';

export interface HistorySourceOptions {
  cwd: string;
  /** A revision range such as `main..HEAD` or `v1.0..`. Without it (or with `all`) every ref is scanned. */
  range?: string;
  all?: boolean;
  /** Only commits after this date (anything `git log --since` accepts). */
  since?: string;
  /** Commits already scanned (from the state file): skipped. */
  skipCommits?: ReadonlySet<string>;
  onProgress?: (s: PatchSourceStats) => void;
  maxFragmentChars?: number;
  /** Keep the SHAs of the commits read, for `scannedCommits()` (the state file). Default: when skipCommits is given. */
  recordCommits?: boolean;
  onSkip?: (notice: SkipNotice) => void;
}

export interface ShallowInfo {
  /** Commits whose parents are missing locally: history before them was not scanned. */
  boundary: string[];
}

export class HistorySource extends PatchSource {
  constructor(
    opts: HistorySourceOptions,
    /** Set when the repository is a shallow clone. */
    readonly shallow: ShallowInfo | null,
  ) {
    const sel: LogPatchOptions = { revisions: opts.range ? [opts.range] : undefined, all: opts.all, since: opts.since };
    super(
      async () => {
        const skip = opts.skipCommits;
        if (!skip || skip.size === 0) return { args: logPatchArgs(sel) };
        const todo = (await run(revList(revListSelection(sel)), { cwd: opts.cwd })).filter((c) => !skip.has(c));
        if (todo.length === 0) return null;
        return { args: logPatchArgs({ stdin: true }), input: todo.join('\n') + '\n' };
      },
      { cwd: opts.cwd, maxFragmentChars: opts.maxFragmentChars, onProgress: opts.onProgress, recordCommits: opts.recordCommits ?? opts.skipCommits !== undefined, onSkip: opts.onSkip },
    );
  }

  /** The warning to show for a shallow clone, or null. */
  shallowWarning(): string | null {
    if (!this.shallow) return null;
    const b = this.shallow.boundary;
    const list = b.slice(0, 5).map((s) => s.slice(0, 12)).join(', ') + (b.length > 5 ? `, … (${b.length} in all)` : '');
    return (
      `shallow clone: history before ${list || 'the grafted commits'} was not scanned, and the grafted ` +
      `commit(s) were scanned as if they added their whole tree; run \`git fetch --unshallow\` to scan everything`
    );
  }
}

export async function createHistorySource(opts: HistorySourceOptions): Promise<HistorySource> {
  return new HistorySource(opts, await shallowInfo(opts.cwd));
}

/** Reads the grafted boundary of a shallow clone (`$GIT_DIR/shallow`), or null when not shallow. */
export async function shallowInfo(cwd: string): Promise<ShallowInfo | null> {
  if (!(await run(isShallowRepository(), { cwd }))) return null;
  const file = path.resolve(cwd, await run(gitPath('shallow'), { cwd }));
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return { boundary: text.split('\n').filter((l) => l !== '') };
}

/** How many commits a history scan will read (for a progress ETA). */
export async function countHistoryCommits(opts: HistorySourceOptions): Promise<number> {
  const sel: LogPatchOptions = { revisions: opts.range ? [opts.range] : undefined, all: opts.all, since: opts.since };
  const n = await run(revListCount(revListSelection(sel)), { cwd: opts.cwd });
  return opts.skipCommits ? Math.max(0, n - opts.skipCommits.size) : n;
}
