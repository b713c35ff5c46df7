import { describe, it, expect, afterAll } from 'vitest';
import { prepareCommits, prepareAudit, parseLsRemoteHeads } from '../../src/entry/action/shallow.js';
import { planScan } from '../../src/entry/action/events.js';
import type { CommitsPlan } from '../../src/entry/action/events.js';
import { Origin, checkout, git, removeTempDirs, ZERO_SHA } from './git-fixture.js';

afterAll(removeTempDirs);

const auto = { kind: 'auto' } as const;
const quiet = { log: () => undefined };
const sorted = (a: string[]) => [...a].sort();

function pushPlan(payload: Record<string, unknown>): CommitsPlan {
  const plan = planScan({ eventName: 'push', payload: { repository: { default_branch: 'main' }, ...payload } }, auto);
  if (plan.kind !== 'commits') throw new Error('expected commits');
  return plan;
}

describe('history for a scan plan (shallow checkouts)', () => {
  it('parses ls-remote heads', () => {
    expect(parseLsRemoteHeads(`${'a'.repeat(40)}\trefs/heads/main\n${'b'.repeat(40)}\trefs/heads/feat/x\n${'c'.repeat(40)}\tHEAD\n`)).toEqual([
      { sha: 'a'.repeat(40), branch: 'main' },
      { sha: 'b'.repeat(40), branch: 'feat/x' },
    ]);
  });

  it('push on a depth-1 checkout: fetches and scans exactly before..after', async () => {
    const origin = new Origin();
    const base = origin.commit('main', Array.from({ length: 30 }, () => ({})));
    const pushed = origin.commit('main', [{}, {}, {}]);
    const ws = checkout(origin, pushed[2]);
    expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/main', before: base[29], after: pushed[2] }), { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(pushed));
  });

  it('push further back than the first fetch depth deepens until the range is complete', async () => {
    const origin = new Origin();
    const base = origin.commit('main', [{}]);
    const pushed = origin.commit('main', Array.from({ length: 180 }, () => ({})));
    const ws = checkout(origin, pushed[179]);
    const log: string[] = [];
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/main', before: base[0], after: pushed[179] }), { cwd: ws, log: (l) => log.push(l) });
    expect(sel.commits).toHaveLength(180);
    expect(log.some((l) => l.includes('deepen'))).toBe(true);
  });

  it('a pull request of 250 commits on the merge-ref checkout: every one of them', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 20 }, () => ({})));
    const pr = origin.commit('feature', Array.from({ length: 250 }, () => ({})), main[10]);
    const moreMain = origin.commit('main', [{}, {}]);
    const merge = origin.pullMergeRef(9, moreMain[1], pr[249]);
    const ws = checkout(origin, merge, { ref: 'refs/remotes/pull/9/merge' });
    const plan = planScan(
      {
        eventName: 'pull_request',
        payload: { number: 9, pull_request: { number: 9, commits: 250, base: { ref: 'main', sha: moreMain[1] }, head: { ref: 'feature', sha: pr[249] } } },
      },
      auto,
    ) as CommitsPlan;
    const sel = await prepareCommits(plan, { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(pr));
    expect(sel.notes).toEqual([]);
  });

  it('a pull request of 300 commits (beyond the 250 GitHub lists) still gets every commit from git', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    const pr = origin.commit('big', Array.from({ length: 300 }, () => ({})), main[4]);
    const ws = checkout(origin, origin.pullMergeRef(10, main[4], pr[299]));
    const plan = planScan(
      { eventName: 'pull_request', payload: { pull_request: { number: 10, commits: 300, base: { ref: 'main', sha: main[4] }, head: { ref: 'big', sha: pr[299] } } } },
      auto,
    ) as CommitsPlan;
    const sel = await prepareCommits(plan, { cwd: ws, ...quiet });
    expect(sel.commits).toHaveLength(300);
  });

  it('a new branch scans only its own commits, not main nor another branch', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 40 }, () => ({})));
    const other = origin.commit('other', [{}, {}], main[20]);
    const mine = origin.commit('topic', [{}, {}, {}], other[1]); // branched off another branch
    origin.commit('main', [{}]);
    const ws = checkout(origin, mine[2]);
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/topic', before: ZERO_SHA, after: mine[2], created: true }), { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(mine));
    // and the oldest new commit is diffed against its parent, not scanned as a whole tree
    expect(git(ws, ['cat-file', '-t', other[1]])).toBe('commit');
  });

  it('a new branch created at a commit main already has scans nothing', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    origin.setRef('copy', main[4]);
    const ws = checkout(origin, main[4]);
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/copy', before: ZERO_SHA, after: main[4], created: true }), { cwd: ws, ...quiet });
    expect(sel.commits).toEqual([]);
  });

  it('the first branch of a repository scans its whole history', async () => {
    const origin = new Origin();
    const all = origin.commit('main', [{}, {}, {}, {}]);
    const ws = checkout(origin, all[3]);
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/main', before: ZERO_SHA, after: all[3], created: true }), { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(all));
  });

  it('a force push scans only the rewritten commits', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 10 }, () => ({})));
    const [a, b, c] = origin.commit('feat', [{}, {}, {}], main[9]);
    const [d] = origin.commit('feat-new', [{}], b);
    origin.setRef('feat', d);
    origin.deleteRef('feat-new');
    const ws = checkout(origin, d);
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/feat', before: c, after: d, forced: true }), { cwd: ws, ...quiet });
    expect(sel.commits).toEqual([d]);
    expect(sel.commits).not.toContain(a);
  });

  it('a force push whose old tip is gone scans everything not on another branch, and says so', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 10 }, () => ({})));
    const feat = origin.commit('feat', [{}, {}], main[9]);
    const ws = checkout(origin, feat[1]);
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/feat', before: 'f'.repeat(40), after: feat[1], forced: true }), { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(feat));
    expect(sel.notes.join(' ')).toMatch(/gone from the remote/);
  });

  it('works the same on a full-depth checkout', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    const mine = origin.commit('topic', [{}, {}], main[2]);
    const ws = checkout(origin, mine[1], { depth: 0 });
    expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('false');
    const sel = await prepareCommits(pushPlan({ ref: 'refs/heads/topic', before: ZERO_SHA, after: mine[1], created: true }), { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(mine));
    const push = await prepareCommits(pushPlan({ ref: 'refs/heads/main', before: main[1], after: main[4] }), { cwd: ws, ...quiet });
    expect(sorted(push.commits)).toEqual(sorted(main.slice(2)));
  });

  it('a range input naming branches the checkout does not have fetches them instead of failing with "ambiguous argument"', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    const feat = origin.commit('feature', [{}, {}], main[4]);
    const ws = checkout(origin, main[4]);
    const plan = planScan({ eventName: 'workflow_dispatch', payload: {} }, { kind: 'range', head: 'feature', exclude: ['main'], text: 'main..feature' }) as CommitsPlan;
    const sel = await prepareCommits(plan, { cwd: ws, ...quiet });
    expect(sorted(sel.commits)).toEqual(sorted(feat));
    const bad = planScan({ eventName: 'workflow_dispatch', payload: {} }, { kind: 'range', head: 'nope', exclude: ['main'], text: 'main..nope' }) as CommitsPlan;
    await expect(prepareCommits(bad, { cwd: ws, ...quiet })).rejects.toThrow(/revision 'nope' is neither in the checkout nor on remote/);
  });

  it('an audit unshallows and fetches every branch and tag', async () => {
    const origin = new Origin();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    const other = origin.commit('other', [{}], main[1]);
    origin.git('tag', 'v1', main[0]);
    const ws = checkout(origin, main[4]);
    await prepareAudit({ cwd: ws, ...quiet });
    expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('false');
    const all = git(ws, ['rev-list', '--all']).split('\n');
    expect(all).toEqual(expect.arrayContaining([...main, ...other]));
    expect(git(ws, ['rev-parse', 'refs/tags/v1'])).toBe(main[0]);
  });
});
