/**
 * The bundled Action, run as the runner runs it, against real git repositories and a local
 * GitHub API, once per event and edge case.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Rng } from '../accuracy/rng.js';
import { checksummedToken } from '../accuracy/formats.js';
import { Origin, checkout, removeTempDirs, ZERO_SHA, tempDir, git } from './git-fixture.js';
import { actionBundle, runAction, type ActionRun } from './harness.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/github-api-server.js';
import { COMMENT_MARKER } from '../../src/entry/action/pr-comment.js';

const rng = new Rng('action-e2e');
/** A GitHub token with a valid checksum, made at run time (critical). */
const ghToken = () => checksummedToken(rng, 'ghp_');
/** A generic API key (medium). */
const genericKey = () => rng.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32);

const leakFile = (value: string) => `# settings\nGH_PAT=${value}\n`;
const genericFile = (value: string) => `config = {\n  api_key = "${value}"\n}\n`;

let gh: FakeGitHub;
beforeAll(async () => {
  actionBundle(); // build once up front so each test's timing is the Action's own
  gh = await startFakeGitHub({ owner: 'acme', repo: 'app' });
}, 300_000);
afterAll(async () => {
  await gh?.close();
  removeTempDirs();
});

/** Nothing a step printed holds the value, except the `::add-mask::` lines the runner consumes. */
function expectNoValue(run: ActionRun, value: string): void {
  const printed = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(printed).not.toContain(value);
  expect(run.summary).not.toContain(value);
  expect(JSON.stringify(run.outputs)).not.toContain(value);
}

function prPayload(n: number, base: { ref: string; sha: string }, head: { ref: string; sha: string }, commits: number, action = 'synchronize') {
  const repo = { id: 1, name: 'app', full_name: 'acme/app', default_branch: 'main', owner: { login: 'acme' } };
  return {
    action,
    number: n,
    pull_request: {
      number: n,
      state: 'open',
      commits,
      base: { label: `acme:${base.ref}`, ref: base.ref, sha: base.sha, repo },
      head: { label: `acme:${head.ref}`, ref: head.ref, sha: head.sha, repo },
    },
    repository: repo,
    sender: { login: 'ada' },
  };
}

function pushPayload(p: { ref: string; before: string; after: string; created?: boolean; deleted?: boolean; forced?: boolean }) {
  return {
    ref: p.ref,
    before: p.before,
    after: p.after,
    created: p.created ?? false,
    deleted: p.deleted ?? false,
    forced: p.forced ?? false,
    base_ref: null,
    compare: 'https://github.com/acme/app/compare/x...y',
    commits: [],
    head_commit: null,
    repository: { id: 1, name: 'app', full_name: 'acme/app', default_branch: 'main', master_branch: 'main' },
    pusher: { name: 'ada', email: 'ada@example.test' },
  };
}

describe('the Action on pull_request', () => {
  it('scans all 250 commits of a PR from a depth-1 merge checkout, annotates, summarises, comments once, and fails', async () => {
    const origin = new Origin();
    const secret = ghToken();
    const main = origin.commit('main', [{ files: { 'README.md': '# app\n' } }, ...Array.from({ length: 9 }, () => ({}))]);
    const specs = Array.from({ length: 250 }, (_, i) => (i === 136 ? { files: { 'config/dev.env': leakFile(secret) } } : {}));
    const pr = origin.commit('feature', specs, main[5]);
    const merge = origin.pullMergeRef(31, main[9], pr[249]);
    gh.pullCommits.set(31, pr);
    const ws = checkout(origin, merge, { ref: 'refs/remotes/pull/31/merge' });
    gh.requests.length = 0;

    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: prPayload(31, { ref: 'main', sha: main[9] }, { ref: 'feature', sha: pr[249] }, 250),
      apiUrl: gh.url,
      sha: merge,
      ref: 'refs/pull/31/merge',
    });

    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', 'findings-critical': '1', failed: 'true' });
    expect(run.stdout).toMatch(/scanning 250 commits/);
    const [err] = run.annotations('error').filter((a) => a.props.file);
    expect(err.props).toMatchObject({ file: 'config/dev.env', line: '2' });
    expect(err.message).toContain(pr[136].slice(0, 12));
    expect(run.stdout).toMatch(/^::group::stanch$/m);
    expect(run.stdout).toMatch(/^::endgroup::$/m);
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    expectNoValue(run, secret);

    // the summary table, with the fingerprint and how to allow a false positive
    expect(run.summary).toMatch(/stanch: 1 finding \(1 critical\)/);
    expect(run.summary).toContain('config/dev.env:2');
    expect(run.summary).toContain('How to allow a false positive');

    // GitHub's commit list was read in pages of 100, not 30
    const pages = gh.requests.filter((r) => r.path === '/repos/acme/app/pulls/31/commits');
    expect(pages.map((p) => p.query.per_page)).toEqual(['100', '100', '100']);

    // one comment, with the marker
    const comments = gh.comments.get(31)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(COMMENT_MARKER);
    expect(comments[0].body).not.toContain(secret);

    // SARIF and JSON report written, redacted
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(readFileSync(run.outputs.sarif, 'utf8')).not.toContain(secret);
    expect(readFileSync(run.outputs.report, 'utf8')).not.toContain(secret);

    // a second run edits the same comment in place
    const again = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: prPayload(31, { ref: 'main', sha: main[9] }, { ref: 'feature', sha: pr[249] }, 250),
      apiUrl: gh.url,
    });
    expect(again.code).toBe(1);
    expect(gh.comments.get(31)).toHaveLength(1);

    // the author rewrites the branch without the leak: the comment is marked resolved, the check passes
    const clean = origin.commit('feature-clean', [{}, {}], main[5]);
    gh.pullCommits.set(31, clean);
    const ws2 = checkout(origin, origin.pullMergeRef(31, main[9], clean[1]), { ref: 'refs/remotes/pull/31/merge' });
    const fixed = await runAction({
      workspace: ws2,
      eventName: 'pull_request',
      payload: prPayload(31, { ref: 'main', sha: main[9] }, { ref: 'feature', sha: clean[1] }, 2),
      apiUrl: gh.url,
    });
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.outputs).toMatchObject({ findings: '0', failed: 'false' });
    expect(gh.comments.get(31)).toHaveLength(1);
    expect(gh.comments.get(31)![0].body).toMatch(/resolved/);
    expect(fixed.summary).toMatch(/no leaks found/);
  });

  it('a fork PR whose token cannot comment still reports, and warns about the comment', async () => {
    const origin = new Origin();
    const secret = ghToken();
    const main = origin.commit('main', [{}, {}]);
    const pr = origin.commit('fork-feature', [{ files: { 'a.env': leakFile(secret) } }], main[1]);
    gh.pullCommits.set(32, pr);
    gh.forbidComments = true;
    try {
      const ws = checkout(origin, origin.pullMergeRef(32, main[1], pr[0]));
      const run = await runAction({ workspace: ws, eventName: 'pull_request', payload: prPayload(32, { ref: 'main', sha: main[1] }, { ref: 'fork-feature', sha: pr[0] }, 1), apiUrl: gh.url });
      expect(run.code).toBe(1);
      expect(run.outputs.findings).toBe('1');
      expect(run.annotations('warning').some((w) => /could not write the PR comment.*pull-requests: write/.test(w.message))).toBe(true);
      expect(run.outputs.error ?? '').toBe('');
    } finally {
      gh.forbidComments = false;
    }
  });
  it('pull_request_target (checkout of the base branch) still scans the PR head commits', async () => {
    const origin = new Origin();
    const secret = ghToken();
    const main = origin.commit('main', Array.from({ length: 8 }, () => ({})));
    const pr = origin.commit('contrib', [{}, { files: { 'x.env': leakFile(secret) } }, {}], main[3]);
    origin.git('update-ref', 'refs/pull/40/head', pr[2]);
    gh.pullCommits.set(40, pr);
    const ws = checkout(origin, main[7]); // pull_request_target checks out the base by default
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      payload: prPayload(40, { ref: 'main', sha: main[7] }, { ref: 'contrib', sha: pr[2] }, 3, 'opened'),
      apiUrl: gh.url,
      inputs: { 'pr-comment': 'false' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', 'findings-critical': '1' });
    expect(run.stdout).toMatch(/scanning 3 commits/);
    expect(gh.comments.get(40)).toBeUndefined();
  });
});

describe('the Action refuses to scan less than the PR', () => {
  it('fails when GitHub lists a PR commit that the git range does not hold', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}, {}]);
    const pr = origin.commit('feat2', [{}, {}], main[1]);
    gh.pullCommits.set(41, [...pr, 'e'.repeat(40)]);
    const ws = checkout(origin, origin.pullMergeRef(41, main[1], pr[1]));
    const run = await runAction({ workspace: ws, eventName: 'pull_request', payload: prPayload(41, { ref: 'main', sha: main[1] }, { ref: 'feat2', sha: pr[1] }, 2), apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(run.outputs.error).toMatch(/refusing to scan less than the PR/);
  });
});

describe('the Action on push', () => {
  it('a push scans before..after only: an old leak in history is not reported again', async () => {
    const origin = new Origin();
    const old = ghToken();
    const fresh = ghToken();
    const before = origin.commit('main', [{ files: { 'old.env': leakFile(old) } }, ...Array.from({ length: 60 }, () => ({}))]);
    const pushed = origin.commit('main', [{}, { files: { 'new.env': leakFile(fresh) } }]);
    const ws = checkout(origin, pushed[1]);
    const run = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/main', before: before[60], after: pushed[1] }), apiUrl: gh.url });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.annotations('error').find((a) => a.props.file)?.props.file).toBe('new.env');
    expect(run.stdout).toMatch(/scanning 2 commits/);
    expectNoValue(run, fresh);
  });

  it('a new branch scans the commits not on any other branch, not the whole history', async () => {
    const origin = new Origin();
    const onMain = ghToken();
    const key = genericKey();
    const main = origin.commit('main', [{ files: { 'legacy.env': leakFile(onMain) } }, ...Array.from({ length: 30 }, () => ({}))]);
    const mine = origin.commit('topic/x', [{}, { files: { 'svc/config.ts': genericFile(key) } }], main[30]);
    const ws = checkout(origin, mine[1]);
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: pushPayload({ ref: 'refs/heads/topic/x', before: ZERO_SHA, after: mine[1], created: true }),
      apiUrl: gh.url,
    });
    // one medium finding, below the default fail-on (high): reported as a warning, the step passes
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '1', 'findings-medium': '1', failed: 'false' });
    expect(run.annotations('warning').find((a) => a.props.file)?.props.file).toBe('svc/config.ts');
    expect(run.stdout).toMatch(/scanning 2 commits/);
    expectNoValue(run, key);
  });

  it('a force push scans only what is new', async () => {
    const origin = new Origin();
    const dropped = ghToken();
    const added = ghToken();
    const main = origin.commit('main', Array.from({ length: 12 }, () => ({})));
    const [a, b, c] = origin.commit('feat', [{}, {}, { files: { 'dropped.env': leakFile(dropped) } }], main[11]);
    const [d] = origin.commit('rewrite', [{ files: { 'added.env': leakFile(added) } }], b);
    origin.setRef('feat', d);
    origin.deleteRef('rewrite');
    const ws = checkout(origin, d);
    const run = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/feat', before: c, after: d, forced: true }) });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.annotations('error').find((e) => e.props.file)?.props.file).toBe('added.env');
    expect(run.stdout).toMatch(/scanning 1 commit:/);
    expect(a).toBeTruthy();
  });

  it('a tag push and a branch deletion scan nothing and say so', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}]);
    const ws = checkout(origin, main[0]);
    const tag = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/tags/v1.2.0', before: ZERO_SHA, after: main[0], created: true }) });
    expect(tag.code).toBe(0);
    expect(tag.outputs).toMatchObject({ findings: '0', failed: 'false' });
    expect(tag.annotations('notice')[0].message).toMatch(/tag v1.2.0/);
    expect(tag.summary).toMatch(/tag v1.2.0/);
    const del = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/old', before: main[0], after: ZERO_SHA, deleted: true }) });
    expect(del.code).toBe(0);
    expect(del.annotations('notice')[0].message).toMatch(/deleted refs\/heads\/old/);
  });

  it('more than 10 critical findings: 10 error annotations in all, one says how many more, one is the failure', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}]);
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++) files[`keys/k${String(i).padStart(2, '0')}.env`] = leakFile(ghToken());
    const pushed = origin.commit('main', [{ files }]);
    const ws = checkout(origin, pushed[0]);
    const run = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/main', before: main[0], after: pushed[0] }) });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('13');
    const errors = run.annotations('error');
    // GitHub shows 10 errors per step: 8 findings, "5 more", and the step's own failure message
    expect(errors).toHaveLength(10);
    expect(errors.filter((e) => e.props.file)).toHaveLength(8);
    expect(errors.some((e) => /5 more critical\/high findings not annotated/.test(e.message))).toBe(true);
    expect(errors.at(-1)!.message).toMatch(/^stanch: 13 findings \(13 critical\); failing/);
    expect((run.summary.match(/^\| critical \|/gm) ?? []).length).toBe(13);
  });
});

describe('the Action on other events', () => {
  it('merge_group scans base_sha..head_sha', async () => {
    const origin = new Origin();
    const secret = ghToken();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    const group = origin.commit('gh-readonly-queue/main/pr-7-abc', [{ files: { 'q.env': leakFile(secret) } }], main[4]);
    const ws = checkout(origin, group[0]);
    const run = await runAction({
      workspace: ws,
      eventName: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: { head_sha: group[0], head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc', base_sha: main[4], base_ref: 'refs/heads/main', head_commit: { id: group[0], tree_id: '', message: 'm', timestamp: '', author: { name: 'a', email: 'a@b' }, committer: { name: 'a', email: 'a@b' } } },
        repository: { full_name: 'acme/app', default_branch: 'main' },
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['findings-critical']).toBe('1');
  });

  it('workflow_dispatch with a range input scans that range; fail-on never reports without failing', async () => {
    const origin = new Origin();
    const secret = ghToken();
    const main = origin.commit('main', Array.from({ length: 5 }, () => ({})));
    origin.commit('release', [{ files: { 'r.env': leakFile(secret) } }, {}], main[4]);
    const ws = checkout(origin, main[4]);
    const run = await runAction({ workspace: ws, eventName: 'workflow_dispatch', payload: { inputs: { range: 'main..release' }, ref: 'refs/heads/main' }, inputs: { scan: 'main..release', 'fail-on': 'never' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ findings: '1', failed: 'false' });
    expect(run.stdout).not.toMatch(/ambiguous argument/);
  });

  it('a schedule audit scans every ref, then only new commits on the next run (state file)', async () => {
    const origin = new Origin();
    const a = ghToken();
    const b = ghToken();
    const main = origin.commit('main', [{ files: { 'main.env': leakFile(a) } }, {}, {}]);
    origin.commit('side', [{ files: { 'side.env': leakFile(b) } }], main[1]);
    const ws = checkout(origin, main[2]);
    const runnerTemp = tempDir('stanch-runner-temp-');
    const first = await runAction({ workspace: ws, eventName: 'schedule', payload: { schedule: '17 3 * * *' }, runnerTemp, inputs: { 'fail-on': 'never' } });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.findings).toBe('2');
    expect(first.stdout).toMatch(/cache service is not available/);
    expect(first.stdout).toMatch(/audit: scanned 4 new commits/);

    const c = ghToken();
    origin.commit('main', [{ files: { 'later.env': leakFile(c) } }]);
    const second = await runAction({ workspace: ws, eventName: 'schedule', payload: { schedule: '17 3 * * *' }, runnerTemp, inputs: { 'fail-on': 'never' }, runId: '4243' });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/4 commits already scanned/);
    expect(second.stdout).toMatch(/audit: scanned 1 new commit\b/);
    expect(second.outputs.findings).toBe('1');
    expect(git(ws, ['rev-parse', '--is-shallow-repository'])).toBe('false');
  });
});

describe('the Action on bad input', () => {
  it('a bad input fails the step with one line, sets the error output, prints no stack', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}]);
    const ws = checkout(origin, main[0]);
    const run = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/main', before: ZERO_SHA, after: main[0] }), inputs: { 'fail-on': 'severe' } });
    expect(run.code).toBe(1);
    expect(run.outputs.error).toMatch(/input 'fail-on': "severe" is not valid/);
    expect(run.annotations('error').at(-1)!.message).toMatch(/^stanch: input 'fail-on'/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a range naming a revision that exists nowhere says which, not "ambiguous argument"', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}]);
    const ws = checkout(origin, main[0]);
    const run = await runAction({ workspace: ws, eventName: 'workflow_dispatch', payload: {}, inputs: { scan: 'v9.9..main' } });
    expect(run.code).toBe(1);
    expect(run.outputs.error).toMatch(/revision 'v9.9' is neither in the checkout nor on remote 'origin'/);
    expect(run.stdout).not.toMatch(/ambiguous argument/);
  });

  it('without a checkout it says to add actions/checkout', async () => {
    const run = await runAction({ workspace: tempDir('stanch-empty-ws-'), eventName: 'push', payload: pushPayload({ ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'b'.repeat(40) }) });
    expect(run.code).toBe(1);
    expect(run.outputs.error).toMatch(/no git repository at .*actions\/checkout/);
  });

  it('writes no SARIF when sarif is false', async () => {
    const origin = new Origin();
    const main = origin.commit('main', [{}, {}]);
    const ws = checkout(origin, main[1]);
    const run = await runAction({ workspace: ws, eventName: 'push', payload: pushPayload({ ref: 'refs/heads/main', before: main[0], after: main[1] }), inputs: { sarif: 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.sarif).toBe('');
    expect(existsSync(path.join(ws, 'stanch.sarif'))).toBe(false);
  });
});
