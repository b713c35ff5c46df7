import { describe, it, expect, afterAll } from 'vitest';
import path from 'node:path';
import { makeRepo, removeTempDirs, tempDir, gitIn, fakeAwsKeyId } from '../git/helpers.js';
import { parsePrePushLines, commitsToPush, createPrePushSource } from '../../src/sources/prepush.js';
import type { Fragment } from '../../src/model/fragment.js';

afterAll(removeTempDirs);

const ZERO = '0'.repeat(40);

/** A clone of a bare remote, with `main` pushed, so remote-tracking refs exist. */
function setup() {
  const remote = makeRepo({ bare: true });
  const local = makeRepo();
  local.git('remote', 'add', 'origin', remote.dir);
  const base = local.commit('base', { 'README.md': 'hello\n' });
  local.git('push', '-q', 'origin', 'main');
  return { remote, local, base };
}

async function fragmentsOf(cwd: string, stdin: string): Promise<Fragment[]> {
  const src = createPrePushSource({ cwd, updates: parsePrePushLines(stdin) });
  const out: Fragment[] = [];
  for await (const f of src.fragments()) out.push(f);
  return out;
}

describe('parsePrePushLines', () => {
  it('reads git\'s ref lines and ignores blank ones', () => {
    const a = 'a'.repeat(40);
    expect(parsePrePushLines(`refs/heads/x ${a} refs/heads/x ${ZERO}\n\n`)).toEqual([
      { localRef: 'refs/heads/x', localSha: a, remoteRef: 'refs/heads/x', remoteSha: ZERO },
    ]);
    expect(parsePrePushLines('')).toEqual([]);
  });
  it('names the malformed line', () => {
    expect(() => parsePrePushLines(`ok ${'a'.repeat(40)} r ${ZERO}\nbroken line`)).toThrow(/line 2/);
  });
});

describe('pre-push source on real repositories', () => {
  it('scans only the new commits of a new branch (zero remote sha)', async () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'feature');
    const key = fakeAwsKeyId();
    const c1 = local.commit('one', { 'a.txt': `${key}\n` });
    const c2 = local.commit('two', { 'b.txt': 'b\n' });
    const commits = await commitsToPush(local.dir, parsePrePushLines(`refs/heads/feature ${c2} refs/heads/feature ${ZERO}\n`));
    expect(commits).toEqual([c2, c1]);
    const frags = await fragmentsOf(local.dir, `refs/heads/feature ${c2} refs/heads/feature ${ZERO}\n`);
    expect(frags.filter((f) => f.text.includes(key)).map((f) => [f.commit!.sha, f.path, f.lineNumbers])).toEqual([[c1, 'a.txt', [1]]]);
    expect(frags.some((f) => f.path === 'README.md')).toBe(false);
  });

  it('scans only what is new in a force push', async () => {
    const { local } = setup();
    const old = local.commit('pushed', { 'x.txt': 'x\n' });
    local.git('push', '-q', 'origin', 'main');
    local.git('reset', '-q', '--hard', 'HEAD~1');
    const key = fakeAwsKeyId();
    const rewritten = local.commit('rewritten', { 'x.txt': `x\n${key}\n` });
    const line = `refs/heads/main ${rewritten} refs/heads/main ${old}\n`;
    expect(await commitsToPush(local.dir, parsePrePushLines(line))).toEqual([rewritten]);
    const frags = await fragmentsOf(local.dir, line);
    expect(frags.map((f) => [f.commit!.sha, f.path, f.lineNumbers])).toEqual([[rewritten, 'x.txt', [1, 2]]]);
  });

  it('scans nothing for a deletion, and nothing already on a remote', async () => {
    const { local, base } = setup();
    expect(await commitsToPush(local.dir, parsePrePushLines(`(delete) ${ZERO} refs/heads/old ${base}\n`))).toEqual([]);
    expect(await fragmentsOf(local.dir, `refs/heads/main ${base} refs/heads/main ${base}\n`)).toEqual([]);
    // A new branch pointing at pushed commits sends nothing new.
    expect(await commitsToPush(local.dir, parsePrePushLines(`refs/heads/copy ${base} refs/heads/copy ${ZERO}\n`))).toEqual([]);
  });

  it('scans each new commit once when several refs are pushed together', async () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'a');
    const shared = local.commit('shared', { 's.txt': 's\n' });
    const onA = local.commit('on a', { 'a.txt': 'a\n' });
    local.git('checkout', '-q', '-b', 'b', shared);
    const onB = local.commit('on b', { 'b.txt': 'b\n' });
    const lines = `refs/heads/a ${onA} refs/heads/a ${ZERO}\nrefs/heads/b ${onB} refs/heads/b ${ZERO}\n`;
    expect(new Set(await commitsToPush(local.dir, parsePrePushLines(lines)))).toEqual(new Set([onA, onB, shared]));
    expect(await commitsToPush(local.dir, parsePrePushLines(lines))).toHaveLength(3);
  });

  it('handles a remote sha we do not have locally (someone else pushed)', async () => {
    const { local, remote } = setup();
    const other = tempDir();
    gitIn(other, ['clone', '-q', remote.dir, 'o']);
    const o = path.join(other, 'o');
    gitIn(o, ['-c', 'user.name=B', '-c', 'user.email=b@example.test', 'commit', '-q', '--allow-empty', '-m', 'theirs']);
    gitIn(o, ['push', '-q', 'origin', 'main']);
    const theirs = gitIn(o, ['rev-parse', 'HEAD']).trim();
    const mine = local.commit('mine', { 'm.txt': 'm\n' });
    expect(await commitsToPush(local.dir, parsePrePushLines(`refs/heads/main ${mine} refs/heads/main ${theirs}\n`))).toEqual([mine]);
  });
});
