/**
 * Source: every commit's added lines, from one streaming `git log -p --cc -U0`.
 * Merges are read as combined diffs (see logPatchArgs), renames are detected (a move adds
 * nothing), deleted files add nothing, binary files and submodules are skipped and noted.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { run } from '../git/runner.js';
import {
  gitPath,
  isShallowRepository,
  logPatchArgs,
  resolveCommit,
  resolveRevisions,
  revList,
  revListSelection,
  revListCount,
  type LogPatchOptions,
} from '../git/commands.js';
import type { SkipNotice } from '../model/contracts.js';
import { mergesApart, PatchSource, type PatchCommand, type PatchSourceStats } from './diff.js';

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
  /** Lines longer than this are cut (and noted). Default 16 MiB. */
  maxLineChars?: number;
  /** Keep the SHAs of the commits read, for `scannedCommits()` (the state file). Default: when skipCommits is given. */
  recordCommits?: boolean;
  onSkip?: (notice: SkipNotice) => void;
  /**
   * git processes producing patches side by side (default 1). With 2 on a 2-core machine, two
   * `git log` walk the same fixed tips, one taking the newer half of the commits (`--max-count`)
   * and one the older half (`--skip`): computing diffs is git's cost, walking is cheap.
   */
  gitProcesses?: number;
  /** Fewer commits than this per process and fewer processes are used (default 200). */
  minCommitsPerProcess?: number;
}

/** Below this many commits per process, a second git costs more to start than it saves. */
const MIN_COMMITS_PER_PROCESS = 200;

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
    super(() => historyCommands(opts), {
      cwd: opts.cwd,
      maxFragmentChars: opts.maxFragmentChars,
      maxLineChars: opts.maxLineChars,
      onProgress: opts.onProgress,
      recordCommits: opts.recordCommits ?? opts.skipCommits !== undefined,
      onSkip: opts.onSkip,
    });
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

function selectionOf(opts: HistorySourceOptions): LogPatchOptions {
  return { revisions: opts.range ? [opts.range] : undefined, all: opts.all, since: opts.since };
}

/**
 * The git log command(s) producing this history's patches, or null when nothing is left to scan:
 * the non-merge commits, split between `gitProcesses` processes, and the merges in one more
 * process of their own (read without rename detection; see LogPatchOptions.merges).
 */
async function historyCommands(opts: HistorySourceOptions): Promise<PatchCommand[] | null> {
  const sel = selectionOf(opts);
  const procs = Math.max(1, Math.floor(opts.gitProcesses ?? 1));
  const minPer = Math.max(1, opts.minCommitsPerProcess ?? MIN_COMMITS_PER_PROCESS);
  const skip = opts.skipCommits;
  if (skip && skip.size > 0) {
    // Incremental: the exact commits not scanned yet, split in contiguous runs.
    const todo = (await run(revList(revListSelection(sel)), { cwd: opts.cwd })).filter((c) => !skip.has(c));
    if (todo.length === 0) return null;
    const parts = Math.min(procs, Math.max(1, Math.floor(todo.length / minPer)));
    const size = Math.ceil(todo.length / parts);
    const all = todo.join('\n') + '\n';
    return [
      ...Array.from({ length: parts }, (_, i) => ({
        args: logPatchArgs({ stdin: 'exact', merges: 'none' }),
        input: todo.slice(i * size, (i + 1) * size).join('\n') + '\n',
      })),
      { args: logPatchArgs({ stdin: 'exact', merges: 'only' }), input: all },
    ];
  }
  // Fix the tips once so every process walks exactly the same commits even if refs move.
  const revs = await run(resolveRevisions(sel), { cwd: opts.cwd });
  if (sel.all || !sel.revisions?.length) {
    const head = await run(resolveCommit('HEAD'), { cwd: opts.cwd }); // a detached HEAD is in `log --all`
    if (head !== null) revs.push(head);
  }
  if (revs.length === 0) return null; // no commits at all
  const input = revs.join('\n') + '\n';
  const [nonMerges, merges] = mergesApart({ since: sel.since, stdin: 'walk' }, input);
  if (procs === 1) return [nonMerges, merges];
  const total = await run(revListCount(revListSelection({ since: sel.since, stdin: 'walk', merges: 'none' })), { cwd: opts.cwd, input });
  const parts = Math.min(procs, Math.max(1, Math.floor(total / minPer)));
  const size = Math.ceil(total / parts);
  return [
    ...Array.from({ length: parts }, (_, i) => ({
      args: logPatchArgs({ since: sel.since, stdin: 'walk', merges: 'none', skip: i * size, ...(i < parts - 1 ? { maxCount: size } : {}) }),
      input,
    })),
    merges,
  ];
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
  const n = await run(revListCount(revListSelection(selectionOf(opts))), { cwd: opts.cwd });
  return opts.skipCommits ? Math.max(0, n - opts.skipCommits.size) : n;
}
