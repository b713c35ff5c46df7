/**
 * The hooks and git commands end to end: real repositories, real `git commit` / `git push`
 * running the installed hooks, which start the bundled CLI through node_modules/.bin/stanch.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeRepo, removeTempDirs, tempDir, fakeAwsKeyId, type TempRepo } from '../git/helpers.js';
import { GIT_ENV } from '../git/helpers.js';
import { bundleCli, installCliInto } from './cli-bundle.js';
import { installHooks } from '../../src/entry/hooks/install.js';

let cli = '';
beforeAll(async () => {
  cli = await bundleCli();
});
afterAll(removeTempDirs);

// Hook managers may run `git config --global`: they get the tests' private global config.
const ENV = {
  ...GIT_ENV,
  CI: '1',
  STANCH_BIN: '',
};

function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function stanch(dir: string, ...args: string[]) {
  const r = spawnSync('node', [cli, ...args], { cwd: dir, env: ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** A line an AWS rule flags: a key id plus a matching-looking secret key. */
function awsLine(): { line: string; key: string } {
  const key = fakeAwsKeyId();
  return { key, line: `aws_access_key_id = ${key}` };
}

async function hookedRepo(): Promise<{ local: TempRepo; remote: TempRepo }> {
  const remote = makeRepo({ bare: true });
  const local = makeRepo();
  installCliInto(local.dir, cli);
  local.git('remote', 'add', 'origin', remote.dir);
  local.commit('base', { 'README.md': 'hello\n' });
  local.git('push', '-q', 'origin', 'main');
  await installHooks({ cwd: local.dir });
  return { local, remote };
}

describe('pre-commit hook', () => {
  it('blocks a commit that stages a secret, says where and how to allow it, never prints it', async () => {
    const { local } = await hookedRepo();
    const { line, key } = awsLine();
    local.write('config/app.ini', `[aws]\n${line}\n`);
    local.git('add', '-A');
    const r = git(local.dir, 'commit', '-m', 'add config');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/blocked this commit/);
    expect(r.err).toContain('config/app.ini:2');
    expect(r.err).toMatch(/stanch:allow/);
    expect(r.err).toMatch(/fingerprint \S+:config\/app\.ini:[0-9a-f]{16}/);
    expect(r.err).not.toContain(key);
    expect(local.git('log', '--format=%s').trim().split('\n')).toEqual(['base']);

    local.write('config/app.ini', `[aws]\n${line} # stanch:allow test fixture\n`);
    local.git('add', '-A');
    expect(git(local.dir, 'commit', '-q', '-m', 'allowed').code).toBe(0);
  });

  it('sees what `git commit -a` and `git commit <path>` record (git\'s temporary index)', async () => {
    const { local } = await hookedRepo();
    local.commit('tracked', { 'app.cfg': 'a=1\n', 'other.cfg': 'b=1\n' });
    local.write('app.cfg', `a=1\n${awsLine().line}\n`);
    expect(git(local.dir, 'commit', '-a', '-m', 'all').code).toBe(1);
    expect(git(local.dir, 'commit', '-m', 'path only', 'app.cfg').code).toBe(1);
    local.write('other.cfg', 'b=2\n');
    expect(git(local.dir, 'commit', '-q', '-m', 'clean path', 'other.cfg').code).toBe(0);
  });

  it('scans the very first commit of a repository', async () => {
    const r = makeRepo();
    installCliInto(r.dir, cli);
    await installHooks({ cwd: r.dir });
    r.write('k.txt', `${awsLine().line}\n`);
    r.git('add', '-A');
    expect(git(r.dir, 'commit', '-m', 'first').code).toBe(1);
  });
});

describe('pre-push hook', () => {
  it('blocks a new branch whose middle commit adds a secret, even if a later commit deletes it', async () => {
    const { local, remote } = await hookedRepo();
    local.git('checkout', '-q', '-b', 'feature');
    local.commit('one', { 'a.txt': 'a\n' });
    const { line, key } = awsLine();
    const bad = local.commit('two', { 'creds.env': `${line}\n` });
    local.git('rm', '-q', 'creds.env');
    local.commit('three: remove creds');
    const r = git(local.dir, 'push', 'origin', 'feature');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/blocked this push \(1 commit\)/);
    expect(r.err).toContain(`creds.env:1 in ${bad.slice(0, 10)}`);
    expect(r.err).toMatch(/--no-verify/);
    expect(r.err).not.toContain(key);
    expect(git(remote.dir, 'rev-parse', '--verify', '-q', 'refs/heads/feature').code).not.toBe(0);

    // The printed fingerprint, added to .stanchignore, allows that finding. (Whether the ignore
    // file's own lines are flagged is the rules' business, so only creds.env is checked here.)
    const fp = /fingerprint (\S+)/.exec(r.err)![1]!;
    local.commit('allow it', { '.stanchignore': `# test fixture, not a real key\n${fp}\n` });
    const again = git(local.dir, 'push', 'origin', 'feature');
    expect(again.err).not.toContain('creds.env');
  });

  it('allows a clean push and a deletion, and checks only what a force push adds', async () => {
    const { local, remote } = await hookedRepo();
    local.git('checkout', '-q', '-b', 'topic');
    local.commit('clean', { 'c.txt': 'clean\n' });
    expect(git(local.dir, 'push', '-q', 'origin', 'topic').code).toBe(0);

    local.git('reset', '-q', '--hard', 'HEAD~1');
    const { line } = awsLine();
    local.commit('rewritten with secret', { 'c.txt': `clean\n${line}\n` });
    expect(git(local.dir, 'push', '-q', '--force', 'origin', 'topic').code).not.toBe(0);
    local.git('reset', '-q', '--hard', 'HEAD~1');
    local.commit('rewritten clean', { 'c.txt': 'still clean\n' });
    expect(git(local.dir, 'push', '-q', '--force', 'origin', 'topic').code).toBe(0);

    expect(git(local.dir, 'push', '-q', 'origin', '--delete', 'topic').code).toBe(0);
    expect(git(remote.dir, 'rev-parse', '--verify', '-q', 'refs/heads/topic').code).not.toBe(0);
  });
});

describe('stanch history and staged', () => {
  it('reports a deleted secret with commit, author, date, path and line, then is incremental with --state', async () => {
    const r = makeRepo();
    const { line } = awsLine();
    const added = r.commit('add', { 'deploy/prod.env': `X=1\n${line}\n` });
    r.commit('remove', { 'deploy/prod.env': 'X=1\n' });
    const report = path.join(tempDir(), 'r.json');
    const state = path.join(tempDir(), 'state.json');
    const first = stanch(r.dir, 'history', '--format', 'json', '--report', report, '--state', state);
    expect(first.code).toBe(1);
    const findings = JSON.parse(readFileSync(report, 'utf8')) as Array<Record<string, unknown>>;
    const list = Array.isArray(findings) ? findings : ((findings as { findings: unknown[] }).findings as Array<Record<string, unknown>>);
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list[0])).toContain(added);
    expect(list[0]).toMatchObject({ path: 'deploy/prod.env', startLine: 2 });
    expect(JSON.stringify(list[0])).toContain('Ada Tester');

    const second = stanch(r.dir, 'history', '--format', 'json', '--state', state);
    expect(second.code).toBe(0);
  });

  it('keeps a baseline made before a rebase matching after it (content fingerprints)', async () => {
    const r = makeRepo();
    r.commit('root', { 'README.md': 'r\n' });
    r.git('checkout', '-q', '-b', 'work');
    const { line } = awsLine();
    r.commit('add key', { 'svc/key.txt': `${line}\n` });
    const baseline = path.join(r.dir, '.stanch-baseline.json');
    const report = path.join(tempDir(), 'r.json');
    expect(stanch(r.dir, 'history', '--format', 'json', '--report', report).code).toBe(1);
    const { createBaseline, serializeBaseline } = await import('../../src/baseline/baseline.js');
    const raw = JSON.parse(readFileSync(report, 'utf8'));
    const list = Array.isArray(raw) ? raw : raw.findings;
    writeFileSync(baseline, serializeBaseline(createBaseline(list)));
    // Rebase the branch onto a new main commit: the secret's commit gets a new SHA.
    r.git('checkout', '-q', 'main');
    r.commit('main moves', { 'other.txt': 'o\n' });
    r.git('checkout', '-q', 'work');
    r.git('rebase', '-q', 'main');
    r.git('branch', '-q', '-D', 'main');
    const after = stanch(r.dir, 'history', '--baseline', baseline, '--format', 'json');
    expect(after.code).toBe(0);
  });

  it('stanch staged reports what is staged', async () => {
    const r = makeRepo();
    r.write('s.txt', `${awsLine().line}\n`);
    r.git('add', '-A');
    const res = stanch(r.dir, 'staged');
    expect(res.code).toBe(1);
    expect(res.out + res.err).toContain('s.txt');
  });

  it('refuses a range that looks like an option with a one-line error', () => {
    const r = makeRepo();
    r.commit('x', { f: '1\n' });
    const res = stanch(r.dir, 'history', '--range=--output=x');
    expect(res.code).toBe(2);
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(res.err).toMatch(/^stanch: invalid range/);
  });
});

describe('the pre-commit framework passes the pushed commit in PRE_COMMIT_TO_REF', () => {
  it('scans it when stdin is empty', async () => {
    const { local } = await hookedRepo();
    const sha = local.commit('k', { 'x.env': `${awsLine().line}\n` });
    const res = spawnSync('node', [cli, 'hook', 'pre-push', 'origin', 'url'], {
      cwd: local.dir,
      env: { ...ENV, PRE_COMMIT_TO_REF: sha, PRE_COMMIT_FROM_REF: '0'.repeat(40) },
      input: '',
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: local.dir, encoding: 'utf8' }).trim()).toBe(sha);
  });
});
