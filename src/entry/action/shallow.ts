/**
 * Makes sure the local repository holds exactly the history a scan plan needs, whatever
 * `fetch-depth` the checkout used (actions/checkout defaults to 1), then turns the plan into
 * git revisions. It never lets git fail with "ambiguous argument" and never scans less than
 * asked: a commit we would scan must have its parents (else its diff would be the whole tree,
 * or a missing range would be skipped) and the excluded side must be connected to it.
 *
 * All git calls go through the one runner (src/git/runner.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { run, runGit } from '../../git/runner.js';
import { isShallowRepository, gitPath, revList, resolveCommit, forEachRef } from '../../git/commands.js';
import { StanchError, EXIT } from '../../model/errors.js';
import type { CommitsPlan } from './events.js';

export interface HistoryOptions {
  cwd: string;
  /** Remote to fetch from (actions/checkout names it `origin`). */
  remote?: string;
  log: (line: string) => void;
  /** Deepening rounds (doubling each time) before fetching the whole history. Default 6. */
  maxDeepenRounds?: number;
}

/** What to hand the history source: `git log <revisions>` shows exactly `commits`. */
export interface CommitSelection {
  revisions: string[];
  commits: string[];
  /** Things the user should know (e.g. a force-pushed `before` no longer exists). */
  notes: string[];
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

async function isShallow(cwd: string): Promise<boolean> {
  return run(isShallowRepository(), { cwd });
}

/** Commits at the edge of a shallow clone: present, but their parents are not. */
export async function shallowBoundary(cwd: string): Promise<Set<string>> {
  const file = path.resolve(cwd, await run(gitPath('shallow'), { cwd }));
  try {
    return new Set((await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== ''));
  } catch {
    return new Set();
  }
}

async function hasCommit(cwd: string, rev: string): Promise<string | null> {
  return run(resolveCommit(rev), { cwd });
}

async function fetch(cwd: string, remote: string, args: string[], log: HistoryOptions['log']): Promise<void> {
  log(`git fetch ${args.join(' ')}`);
  await runGit(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, ...args], { cwd });
}

/** Branch heads on the remote, as `git ls-remote --heads` reports them. */
export function parseLsRemoteHeads(out: string): { sha: string; branch: string }[] {
  return out
    .split('\n')
    .filter((l) => l.includes('\trefs/heads/'))
    .map((l) => {
      const [sha, ref] = l.split('\t');
      return { sha: sha.trim(), branch: ref.trim().slice('refs/heads/'.length) };
    });
}

async function remoteHeads(cwd: string, remote: string): Promise<{ sha: string; branch: string }[]> {
  try {
    const { stdout } = await runGit(['ls-remote', '--heads', remote], { cwd });
    return parseLsRemoteHeads(stdout);
  } catch {
    // No remote reachable (a local repository): the remote-tracking refs are the best we have.
    const refs = await run(forEachRef([`refs/remotes/${remote}/`]), { cwd });
    return refs
      .filter((r) => !r.ref.endsWith('/HEAD'))
      .map((r) => ({ sha: r.sha, branch: r.ref.slice(`refs/remotes/${remote}/`.length) }));
  }
}

/**
 * Resolves a user-given revision (a SHA, `HEAD`, a branch or tag name) to a commit, fetching
 * it from the remote when the checkout does not have it (a depth-1 checkout has no `main`).
 */
async function resolveOrFetch(cwd: string, remote: string, rev: string, depth: number | undefined, opts: HistoryOptions): Promise<string> {
  const local = await hasCommit(cwd, rev);
  if (local) return local;
  const depthArgs = depth === undefined ? [] : [`--depth=${depth}`];
  if (SHA.test(rev)) {
    await fetch(cwd, remote, [...depthArgs, rev], opts.log).catch((e: unknown) => {
      throw new StanchError(`commit ${rev} is not in the checkout and could not be fetched from ${remote} (${(e as Error).message}); check that it exists on the remote`, EXIT.USAGE);
    });
    const got = await hasCommit(cwd, rev);
    if (got) return got;
  } else {
    const name = rev.replace(/^refs\/heads\//, '').replace(new RegExp(`^${remote}/`), '');
    const tracking = `refs/remotes/${remote}/${name}`;
    const viaTracking = await hasCommit(cwd, tracking);
    if (viaTracking) return viaTracking;
    await fetch(cwd, remote, [...depthArgs, `+refs/heads/${name}:${tracking}`], opts.log).catch(() => undefined);
    const fetched = await hasCommit(cwd, tracking);
    if (fetched) return fetched;
    await fetch(cwd, remote, [...depthArgs, `+refs/tags/${name}:refs/tags/${name}`], opts.log).catch(() => undefined);
    const tag = await hasCommit(cwd, `refs/tags/${name}`);
    if (tag) return tag;
  }
  throw new StanchError(`revision '${rev}' is neither in the checkout nor on remote '${remote}': use a commit SHA, branch or tag that exists`, EXIT.USAGE);
}

async function listCommits(cwd: string, revisions: string[]): Promise<string[]> {
  return run(revList(['--end-of-options', ...revisions, '--']), { cwd });
}

async function connected(cwd: string, head: string, exclude: string[]): Promise<boolean> {
  for (const ex of exclude) {
    const { code } = await runGit(['merge-base', head, ex], { cwd, okExitCodes: [0, 1] });
    if (code !== 0) return false;
  }
  return true;
}

/**
 * Commits reachable from head and from none of exclude, fetching and deepening a shallow
 * checkout until the range is complete: both sides connected (a merge base exists), no commit
 * in the range sits on the shallow edge, and the count matches what GitHub reported.
 */
async function completeRange(
  plan: { head: string; exclude: string[]; expectedCount?: number },
  shallow: boolean,
  opts: HistoryOptions,
): Promise<{ head: string; exclude: string[]; commits: string[] }> {
  const cwd = opts.cwd;
  const remote = opts.remote ?? 'origin';
  const firstDepth = shallow ? Math.max(plan.expectedCount ?? 50, 1) + 1 : undefined;
  const head = await resolveOrFetch(cwd, remote, plan.head, firstDepth, opts);
  const exclude: string[] = [];
  for (const ex of plan.exclude) exclude.push(await resolveOrFetch(cwd, remote, ex, firstDepth, opts));
  const revisions = () => [head, ...exclude.map((e) => `^${e}`)];

  const rounds = opts.maxDeepenRounds ?? 6;
  let step = Math.max(plan.expectedCount ?? 50, 50);
  for (let round = 0; ; round++) {
    const commits = await listCommits(cwd, revisions());
    if (!(await isShallow(cwd))) return { head, exclude, commits };
    const edge = await shallowBoundary(cwd);
    const onEdge = commits.some((c) => edge.has(c));
    const joined = await connected(cwd, head, exclude);
    const short = plan.expectedCount !== undefined && commits.length < plan.expectedCount;
    if (!onEdge && joined && !short) return { head, exclude, commits };
    if (round >= rounds) {
      opts.log(`history still incomplete after ${rounds} deepening rounds: fetching the whole history`);
      await fetch(cwd, remote, ['--unshallow', head, ...exclude], opts.log);
      continue;
    }
    opts.log(
      `shallow checkout: ${onEdge ? 'the range reaches the shallow edge' : !joined ? 'no merge base yet' : `only ${commits.length} of ${plan.expectedCount} commits`}; deepening by ${step}`,
    );
    await fetch(cwd, remote, [`--deepen=${step}`, head, ...exclude], opts.log);
    step *= 2;
  }
}

/**
 * New branch or force push: the commits of `head` that no other remote branch has. On a shallow
 * checkout the server computes that set (`--shallow-exclude` of every other branch), then one
 * more level is fetched so the oldest new commit has its parent to diff against.
 */
async function newToRepository(plan: CommitsPlan, shallow: boolean, opts: HistoryOptions): Promise<CommitSelection> {
  const cwd = opts.cwd;
  const remote = opts.remote ?? 'origin';
  const own = plan.excludeOtherBranches!.branch;
  const others = (await remoteHeads(cwd, remote)).filter((h) => h.branch !== own);
  const notes: string[] = [];

  // `before` of a force push: gone from the remote after a gc, or still there.
  let before: string | undefined = plan.exclude[0];

  if (!shallow) {
    const head = await resolveOrFetch(cwd, remote, plan.head, undefined, opts);
    const exclude: string[] = [];
    for (const o of others) exclude.push(await resolveOrFetch(cwd, remote, o.sha, undefined, opts));
    if (before) {
      const b = await resolveOrFetch(cwd, remote, before, undefined, opts).catch(() => null);
      if (b) exclude.push(b);
      else notes.push(`the commit before the force push (${before.slice(0, 12)}) is gone from the remote; scanned every commit not on another branch`);
    }
    const revisions = [head, ...exclude.map((e) => `^${e}`)];
    return { revisions, commits: await listCommits(cwd, revisions), notes };
  }

  if (others.length === 0) {
    // The first branch of a repository: everything on it is new.
    opts.log('no other branch on the remote: the whole history of this branch is new');
    const headSha = await resolveOrFetch(cwd, remote, plan.head, 1, opts);
    await fetch(cwd, remote, ['--unshallow', headSha], opts.log);
    const revisions = [headSha, ...(before && (await hasCommit(cwd, before)) ? [`^${before}`] : [])];
    return { revisions, commits: await listCommits(cwd, revisions), notes };
  }

  const excludeArgs = others.map((o) => `--shallow-exclude=refs/heads/${o.branch}`);
  const wants = [plan.head];
  // git refuses a shallow fetch that would select no commit: then the branch holds nothing new.
  const nothingNew = (e: unknown) => /no commits selected for shallow requests/.test((e as Error).message);
  const none: CommitSelection = { revisions: [], commits: [], notes: [...notes, `every commit of ${own} is already on another branch: nothing new to scan`] };
  try {
    if (before) {
      try {
        await fetch(cwd, remote, [...excludeArgs, plan.head, before], opts.log);
        wants.push(before);
      } catch (e) {
        if (nothingNew(e)) throw e;
        notes.push(`the commit before the force push (${before.slice(0, 12)}) is gone from the remote; scanned every commit not on another branch`);
        before = undefined;
        await fetch(cwd, remote, [...excludeArgs, plan.head], opts.log);
      }
    } else {
      await fetch(cwd, remote, [...excludeArgs, plan.head], opts.log);
    }
  } catch (e) {
    if (nothingNew(e)) return none;
    throw e;
  }
  const head = (await hasCommit(cwd, plan.head)) ?? plan.head;
  const fresh = await listCommits(cwd, [head, ...(before ? [`^${before}`] : [])]);
  const edge = await shallowBoundary(cwd);
  const edgeInRange = fresh.filter((c) => edge.has(c));
  // Parents of the oldest new commits: fetched next, then excluded, so they are diffed against, not scanned.
  await fetch(cwd, remote, ['--deepen=1', ...wants], opts.log);
  const parents = new Set<string>();
  const freshSet = new Set(fresh);
  for (const c of edgeInRange) {
    const { stdout } = await runGit(['rev-list', '--parents', '-n', '1', c], { cwd });
    for (const p of stdout.trim().split(' ').slice(1)) if (!freshSet.has(p)) parents.add(p);
  }
  const revisions = [head, ...(before ? [`^${before}`] : []), ...[...parents].map((p) => `^${p}`)];
  const commits = await listCommits(cwd, revisions);
  if (commits.length !== fresh.length) {
    throw new StanchError(`could not isolate the new commits of ${own} (${commits.length} vs ${fresh.length}); set fetch-depth: 0 on actions/checkout`, EXIT.USAGE);
  }
  return { revisions, commits, notes };
}

/** Fetches what `plan` needs and returns the revisions selecting exactly its commits. */
export async function prepareCommits(plan: CommitsPlan, opts: HistoryOptions): Promise<CommitSelection> {
  const shallow = await isShallow(opts.cwd);
  if (shallow) opts.log('shallow checkout detected (actions/checkout fetch-depth); fetching the history this scan needs');
  if (plan.excludeOtherBranches) return newToRepository(plan, shallow, opts);
  const { head, exclude, commits } = await completeRange(plan, shallow, opts);
  const notes: string[] = [];
  if (plan.expectedCount !== undefined && commits.length !== plan.expectedCount) {
    notes.push(`GitHub reports ${plan.expectedCount} commits; git finds ${commits.length} between the merge base and head (the base branch moved or was rewritten)`);
  }
  return { revisions: [head, ...exclude.map((e) => `^${e}`)], commits, notes };
}

/**
 * Audit: every branch and tag of the remote with its whole history. A shallow checkout is
 * unshallowed; the other branches are fetched as remote-tracking refs.
 */
export async function prepareAudit(opts: HistoryOptions): Promise<void> {
  const remote = opts.remote ?? 'origin';
  const shallow = await isShallow(opts.cwd);
  const hasRemote = (await runGit(['remote'], { cwd: opts.cwd })).stdout.split('\n').includes(remote);
  if (!hasRemote) {
    if (shallow) throw new StanchError(`the checkout is shallow and has no remote '${remote}' to fetch from: set fetch-depth: 0 on actions/checkout`, EXIT.USAGE);
    return;
  }
  const args = ['--prune', ...(shallow ? ['--unshallow'] : []), `+refs/heads/*:refs/remotes/${remote}/*`, '+refs/tags/*:refs/tags/*'];
  await fetch(opts.cwd, remote, args, opts.log);
}
