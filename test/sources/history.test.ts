import { describe, it, expect, afterAll } from 'vitest';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { makeRepo, removeTempDirs, tempDir, gitIn, fakeAwsKeyId, fakeToken } from '../git/helpers.js';
import { createHistorySource } from '../../src/sources/history.js';
import { loadHistoryState, saveHistoryState } from '../../src/sources/history-state.js';
import type { Fragment } from '../../src/model/fragment.js';
import type { HistorySourceOptions } from '../../src/sources/history.js';

afterAll(removeTempDirs);

async function scan(opts: HistorySourceOptions) {
  const src = await createHistorySource(opts);
  const frags: Fragment[] = [];
  for await (const f of src.fragments()) frags.push(f);
  return { src, frags };
}

/** Where a value appears: [sha, path, line]. */
function hits(frags: Fragment[], value: string): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (const f of frags) {
    f.text.split('\n').forEach((l, i) => {
      if (l.includes(value)) out.push([f.commit!.sha, f.path, f.lineNumbers![i]!]);
    });
  }
  return out;
}

describe('history source on real repositories', () => {
  it('finds a secret in the root commit that a later commit deleted, with author and date', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const root = r.commit('root', { 'config.env': `A=1\nAWS_KEY=${key}\n` });
    r.commit('remove', { 'config.env': 'A=1\n' });
    const { frags } = await scan({ cwd: r.dir });
    expect(hits(frags, key)).toEqual([[root, 'config.env', 2]]);
    const f = frags.find((x) => x.text.includes(key))!;
    expect(f.commit).toMatchObject({ author: 'Ada Tester', email: 'ada@example.test', message: 'root' });
    expect(f.commit!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('reports a secret once when its file is renamed and once more only for new lines', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const filler = Array.from({ length: 30 }, (_, i) => `setting_${i} = ${i}\n`).join('');
    const add = r.commit('add', { 'a/settings.py': `x = 1\nKEY = "${key}"\ny = 2\n${filler}` });
    r.git('rm', '-q', 'a/settings.py');
    const tok = fakeToken();
    r.write('b/renamed settings.py', `x = 1\nKEY = "${key}"\ny = 2\nT = "${tok}"\n${filler}`);
    const mv = r.commit('rename and edit');
    const { frags } = await scan({ cwd: r.dir });
    expect(hits(frags, key)).toEqual([[add, 'a/settings.py', 2]]);
    expect(hits(frags, tok)).toEqual([[mv, 'b/renamed settings.py', 4]]);
  });

  it('finds a secret in a file deleted later', async () => {
    const r = makeRepo();
    r.commit('root', { 'README.md': 'hi\n' });
    const key = fakeAwsKeyId();
    const c = r.commit('add creds', { 'creds.txt': `${key}\n` });
    r.git('rm', '-q', 'creds.txt');
    r.commit('oops, delete');
    const { frags } = await scan({ cwd: r.dir });
    expect(hits(frags, key)).toEqual([[c, 'creds.txt', 1]]);
  });

  it('finds a secret on a merged branch once, and a conflict resolution line once, in the merge', async () => {
    const r = makeRepo();
    r.commit('root', { 'app.cfg': 'a\nb\nc\n' });
    r.git('checkout', '-q', '-b', 'feature');
    const branchKey = fakeAwsKeyId();
    const onBranch = r.commit('feature', { 'app.cfg': 'a\nBRANCH\nc\n', 'feature.cfg': `k=${branchKey}\n` });
    r.git('checkout', '-q', 'main');
    r.commit('main', { 'app.cfg': 'a\nMAIN\nc\n' });
    try {
      r.git('merge', '-q', 'feature', '-m', 'merge');
    } catch {
      /* conflict expected */
    }
    const resolutionKey = fakeAwsKeyId();
    r.write('app.cfg', `a\nRESOLVED ${resolutionKey}\nc\n`);
    r.git('add', 'app.cfg');
    r.git('commit', '-q', '--no-edit');
    const merge = r.git('rev-parse', 'HEAD').trim();
    const { frags } = await scan({ cwd: r.dir });
    expect(hits(frags, branchKey)).toEqual([[onBranch, 'feature.cfg', 1]]);
    expect(hits(frags, resolutionKey)).toEqual([[merge, 'app.cfg', 2]]);
  });

  it('scans every ref with --all (a branch never merged) and only the range when given', async () => {
    const r = makeRepo();
    const base = r.commit('root', { f: '1\n' });
    r.git('checkout', '-q', '-b', 'side');
    const key = fakeAwsKeyId();
    r.commit('side', { g: `${key}\n` });
    r.git('checkout', '-q', 'main');
    const tok = fakeToken();
    r.commit('main', { h: `${tok}\n` });
    const all = await scan({ cwd: r.dir });
    expect(hits(all.frags, key)).toHaveLength(1);
    const ranged = await scan({ cwd: r.dir, range: `${base}..main`, recordCommits: true });
    expect(hits(ranged.frags, key)).toHaveLength(0);
    expect(hits(ranged.frags, tok)).toHaveLength(1);
    expect(ranged.src.scannedCommits()).toHaveLength(1);
  });

  it('handles CRLF, invalid UTF-8 and a very long line without crashing', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const latin1 = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${key}\r\nnext\r\n`)]);
    const long = 'x'.repeat(300_000) + key + 'y'.repeat(10) + '\n';
    r.commit('mixed', { 'crlf.txt': latin1, 'min.js': long });
    const { frags } = await scan({ cwd: r.dir });
    const crlf = frags.find((f) => f.path === 'crlf.txt')!;
    expect(crlf.text.split('\n')[0]).toContain(key);
    expect(crlf.text).not.toContain('\r');
    expect(hits(frags, key).map((h) => h[1]).sort()).toEqual(['crlf.txt', 'min.js']);
  });

  it('skips binary files and submodules (and says so) and notes LFS pointers', async () => {
    const sub = makeRepo();
    sub.commit('sub root', { 'x.txt': 'x\n' });
    const r = makeRepo();
    r.commit('root', {
      'img.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0]),
      'model.bin': 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 123\n',
    });
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    r.commit('add submodule');
    const { src } = await scan({ cwd: r.dir });
    const reasons = src.notices().map((n) => `${n.path}: ${n.reason.split(':')[0]}`);
    expect(reasons).toEqual(expect.arrayContaining(['img.png: binary file', 'vendor/sub: submodule', 'model.bin: Git LFS pointer']));
  });

  it('warns on a shallow clone and names the grafted boundary', async () => {
    const r = makeRepo();
    r.commit('one', { f: '1\n' });
    r.commit('two', { f: '2\n' });
    const tip = r.commit('three', { f: '3\n' });
    const clone = tempDir();
    gitIn(clone, ['clone', '-q', '--depth', '1', `file://${r.dir}`, 'c']);
    const { src, frags } = await scan({ cwd: path.join(clone, 'c') });
    expect(src.shallow?.boundary).toEqual([tip]);
    expect(src.shallowWarning()).toContain(tip.slice(0, 12));
    expect(frags.map((f) => f.commit!.sha)).toEqual([tip]);
    expect((await scan({ cwd: r.dir })).src.shallowWarning()).toBeNull();
  });

  it('skips commits recorded in the state file, also after a force push', async () => {
    const r = makeRepo();
    const stateFile = path.join(tempDir(), 'state', 'history.json');
    r.commit('one', { f: '1\n' });
    const two = r.commit('two', { f: '2\n' });
    const first = await scan({ cwd: r.dir, skipCommits: await loadHistoryState(stateFile) });
    expect(first.src.scannedCommits()).toHaveLength(2);
    await saveHistoryState(stateFile, first.src.scannedCommits());

    // Rewrite the tip (force push) and add one more: only the two new commits are scanned.
    r.git('reset', '-q', '--hard', 'HEAD~1');
    const key = fakeAwsKeyId();
    const rewritten = r.commit('two, rewritten', { f: `2\n${key}\n` });
    const three = r.commit('three', { g: '3\n' });
    const known = await loadHistoryState(stateFile);
    expect(known.has(two)).toBe(true);
    const second = await scan({ cwd: r.dir, all: true, skipCommits: known });
    expect(new Set(second.src.scannedCommits())).toEqual(new Set([rewritten, three]));
    expect(hits(second.frags, key)).toEqual([[rewritten, 'f', 2]]);
    await saveHistoryState(stateFile, [...known, ...second.src.scannedCommits()]);
    const third = await scan({ cwd: r.dir, skipCommits: await loadHistoryState(stateFile) });
    expect(third.frags).toEqual([]);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).commits).toHaveLength(4);
  });

  it('rejects a range that git could read as an option and a broken state file', async () => {
    const r = makeRepo();
    r.commit('one', { f: '1\n' });
    await expect(scan({ cwd: r.dir, range: '--output=/tmp/x' })).rejects.toThrow(/invalid range/);
    const bad = path.join(tempDir(), 'state.json');
    writeFileSync(bad, '{"version":1,"commits":["nope"]}');
    await expect(loadHistoryState(bad)).rejects.toThrow(/commits\[0\]/);
    expect(existsSync('/tmp/x')).toBe(false);
  });
});

describe('diff source (a pull request range)', () => {
  it('scans the commits in base..head only', async () => {
    const { createDiffSource } = await import('../../src/sources/diff.js');
    const r = makeRepo();
    const old = fakeAwsKeyId();
    const base = r.commit('base', { 'a.txt': `${old}\n` });
    r.git('checkout', '-q', '-b', 'pr');
    const key = fakeAwsKeyId();
    const c = r.commit('pr work', { 'b.txt': `x\n${key}\n` });
    const frags: Fragment[] = [];
    for await (const f of createDiffSource({ cwd: r.dir, base, head: 'pr' }).fragments()) frags.push(f);
    expect(hits(frags, key)).toEqual([[c, 'b.txt', 2]]);
    expect(hits(frags, old)).toEqual([]);
  });

  it('reads a merge of the base back into the branch as one git log with rename detection would', async () => {
    const { createDiffSource, PatchSource } = await import('../../src/sources/diff.js');
    const { logPatchArgs } = await import('../../src/git/commands.js');
    const r = makeRepo();
    const base = r.commit('base', { 'a.txt': 'one\n', 'cfg.txt': 'v=1\n', 'moved.txt': `${'keep\n'.repeat(20)}` });
    r.git('checkout', '-q', '-b', 'pr');
    const onBranch = fakeToken();
    r.commit('pr work', { 'b.txt': `x\n${onBranch}\n`, 'cfg.txt': 'v=pr\n' });
    r.git('mv', 'moved.txt', 'renamed.txt');
    r.git('commit', '-q', '--no-verify', '-m', 'rename');
    r.git('checkout', '-q', 'main');
    r.commit('main moves on', { 'cfg.txt': 'v=main\n', 'c.txt': `${fakeToken()}\n` });
    r.git('checkout', '-q', 'pr');
    const inResolution = fakeToken();
    try {
      r.git('merge', '-q', 'main', '-m', 'merge main');
    } catch {
      r.write('cfg.txt', `v=${inResolution}\n`);
      r.git('add', '-A');
      r.git('commit', '-q', '--no-verify', '--no-edit');
    }
    const key = (f: Fragment) => `${f.commit!.sha} ${f.path} ${f.lineNumbers!.join(',')} ${f.text}`;
    const read = async (src: { fragments(): AsyncIterable<Fragment> }) => {
      const out: Fragment[] = [];
      for await (const f of src.fragments()) out.push(f);
      return out;
    };
    const split = await read(createDiffSource({ cwd: r.dir, base, head: 'pr' }));
    const single = await read(new PatchSource(async () => ({ args: logPatchArgs({ revisions: [`${base}..pr`] }) }), { cwd: r.dir }));
    expect(split.map(key).sort()).toEqual(single.map(key).sort());
    expect(hits(split, inResolution).map((h) => h[1])).toEqual(['cfg.txt']);
    expect(hits(split, onBranch)).toHaveLength(1);
    expect(split.some((f) => f.path === 'renamed.txt')).toBe(false); // a move adds nothing
  });
});

describe('history source edge cases', () => {
  it('yields nothing for a repository with no commits', async () => {
    const r = makeRepo();
    const { frags, src } = await scan({ cwd: r.dir, recordCommits: true });
    expect(frags).toEqual([]);
    expect(src.scannedCommits()).toEqual([]);
  });

  it('fails with git\'s one-line reason for an unknown revision', async () => {
    const r = makeRepo();
    r.commit('one', { f: '1\n' });
    await expect(scan({ cwd: r.dir, range: 'no-such-branch..HEAD' })).rejects.toThrow(/^git rev-parse exited with 128: fatal: .*no-such-branch/);
  });

  it('scans a bare mirror clone', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const c = r.commit('one', { 'k.txt': `${key}\n` });
    const mirror = path.join(tempDir(), 'm.git');
    gitIn(path.dirname(mirror), ['clone', '-q', '--mirror', r.dir, mirror]);
    const { repoRoot } = await import('../../src/git/repo.js');
    expect(await repoRoot(mirror)).toBe(mirror);
    const { frags } = await scan({ cwd: mirror });
    expect(hits(frags, key)).toEqual([[c, 'k.txt', 1]]);
  });
});

describe('history source and hostile user config', () => {
  it('reads the same patches with noprefix, colours, an external diff and showRoot off', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const c = r.commit('root', { 'x y.txt': `${key}\n` });
    for (const [k, v] of [['diff.noprefix', 'true'], ['color.ui', 'always'], ['diff.external', 'false'], ['log.showRoot', 'false'], ['diff.mnemonicPrefix', 'true'], ['core.quotePath', 'false']]) {
      r.git('config', k!, v!);
    }
    const { frags } = await scan({ cwd: r.dir });
    expect(hits(frags, key)).toEqual([[c, 'x y.txt', 1]]);
  });
});

describe('history source and over-long lines', () => {
  it('scans the start of a line longer than the limit, says so, and goes on with the next lines', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    const after = fakeAwsKeyId();
    r.commit('huge', { 'blob.js': `${key}${'z'.repeat(50_000)}\nnext ${after}\n` });
    const { frags, src } = await scan({ cwd: r.dir, maxLineChars: 4096 });
    expect(hits(frags, key).map((h) => h[2])).toEqual([1]);
    expect(hits(frags, after).map((h) => h[2])).toEqual([2]);
    expect(frags.every((f) => f.text.length < 10_000)).toBe(true);
    expect(src.notices().map((n) => [n.path, n.reason])).toEqual([['blob.js', expect.stringMatching(/^line longer than the limit/)]]);
  });
});

describe('history split over two git processes', () => {
  /** A history with branches, a merge with a conflict resolution, renames and a detached HEAD. */
  function busyRepo() {
    const r = makeRepo();
    for (let i = 0; i < 12; i++) r.commit(`main ${i}`, { [`m${i % 3}.txt`]: `main ${i} ${fakeToken()}\n`.repeat(1 + (i % 2)) });
    r.git('checkout', '-q', '-b', 'side', 'HEAD~6');
    for (let i = 0; i < 9; i++) r.commit(`side ${i}`, { [`s${i % 2}.txt`]: `side ${i} ${fakeToken()}\n`, 'm0.txt': `side wins ${i}\n` });
    r.git('checkout', '-q', 'main');
    try {
      r.git('merge', '-q', 'side', '-m', 'merge');
    } catch {
      r.write('m0.txt', `resolved ${fakeToken()}\n`);
      r.git('add', '-A');
      r.git('commit', '-q', '--no-verify', '--no-edit');
    }
    r.git('checkout', '-q', '--detach', 'HEAD');
    r.commit('detached', { 'd.txt': `${fakeToken()}\n` });
    return r;
  }
  const key = (f: Fragment) => `${f.commit!.sha} ${f.path} ${f.lineNumbers!.join(',')} ${f.text}`;

  it('reads exactly the same fragments as one process, for --all, a range and incremental state', async () => {
    const r = busyRepo();
    const one = await scan({ cwd: r.dir });
    const two = await scan({ cwd: r.dir, gitProcesses: 2, minCommitsPerProcess: 5, recordCommits: true });
    expect(two.frags.map(key).sort()).toEqual(one.frags.map(key).sort());
    expect(two.src.stats.commits).toBe(one.src.stats.commits);
    expect(new Set(two.src.scannedCommits()).size).toBe(two.src.scannedCommits().length);

    const rangeOne = await scan({ cwd: r.dir, range: 'main~4..main' });
    const rangeTwo = await scan({ cwd: r.dir, range: 'main~4..main', gitProcesses: 2, minCommitsPerProcess: 2 });
    expect(rangeTwo.frags.map(key).sort()).toEqual(rangeOne.frags.map(key).sort());

    const known = new Set(r.git('rev-list', 'main~3').trim().split('\n'));
    const incOne = await scan({ cwd: r.dir, skipCommits: known });
    const incTwo = await scan({ cwd: r.dir, skipCommits: known, gitProcesses: 2, minCommitsPerProcess: 2 });
    expect(incTwo.frags.map(key).sort()).toEqual(incOne.frags.map(key).sort());
    expect(incOne.src.scannedCommits().length).toBeGreaterThan(4);
  });
});

describe('history source and large files', () => {
  it('keeps a multi-line key whole in one fragment when a large file is cut into pieces', async () => {
    const r = makeRepo();
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler line ${i} ${'x'.repeat(60)}`);
    const body = Array.from({ length: 25 }, () => fakeToken().slice(0, 64));
    const block = ['-----BEGIN TEST BLOCK-----', ...body, '-----END TEST BLOCK-----'];
    // Put the block across the first 64 KiB cut: enough filler that the cut falls mid-block.
    const blockChars = block.join('\n').length + 1;
    let n = 0;
    while (filler(n).join('\n').length + 1 + blockChars / 2 < 64 * 1024) n++;
    const lines = [...filler(n), ...block, ...filler(200)];
    r.commit('big', { 'big.txt': lines.join('\n') + '\n' });
    const { frags } = await scan({ cwd: r.dir, maxFragmentChars: 64 * 1024 });
    expect(frags.length).toBeGreaterThan(1);
    const whole = frags.filter((f) => f.text.includes(block.join('\n')));
    expect(whole).toHaveLength(1);
    const at = whole[0]!.text.split('\n').indexOf(block[0]!);
    expect(whole[0]!.lineNumbers![at]).toBe(n + 1);
    // Without the overlap the first piece would end inside the block.
    expect(frags[0]!.text.includes(block[0]!) && !frags[0]!.text.includes(block.at(-1)!)).toBe(true);
  });
});
