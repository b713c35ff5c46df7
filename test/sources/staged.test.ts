import { describe, it, expect, afterAll } from 'vitest';
import { makeRepo, removeTempDirs, fakeAwsKeyId } from '../git/helpers.js';
import { createStagedSource } from '../../src/sources/staged.js';
import type { Fragment } from '../../src/model/fragment.js';

afterAll(removeTempDirs);

async function staged(cwd: string): Promise<Fragment[]> {
  const out: Fragment[] = [];
  for await (const f of createStagedSource({ cwd }).fragments()) out.push(f);
  return out;
}

describe('staged source', () => {
  it('scans the first commit of a repository (no HEAD yet)', async () => {
    const r = makeRepo();
    const key = fakeAwsKeyId();
    r.write('init.env', `KEY=${key}\n`);
    r.git('add', 'init.env');
    const frags = await staged(r.dir);
    expect(frags.map((f) => [f.path, f.text, f.lineNumbers])).toEqual([['init.env', `KEY=${key}`, [1]]]);
    expect(frags[0]!.commit).toBeUndefined();
  });

  it('scans only what is staged against HEAD, not unstaged edits', async () => {
    const r = makeRepo();
    r.commit('root', { 'a.txt': 'one\ntwo\n' });
    const key = fakeAwsKeyId();
    const later = fakeAwsKeyId();
    r.write('a.txt', `one\n${key}\ntwo\n`);
    r.git('add', 'a.txt');
    r.write('a.txt', `one\n${key}\ntwo\n${later}\n`); // not staged
    const frags = await staged(r.dir);
    expect(frags.map((f) => [f.path, f.text, f.lineNumbers])).toEqual([['a.txt', key, [2]]]);
  });

  it('yields nothing when nothing is staged', async () => {
    const r = makeRepo();
    r.commit('root', { 'a.txt': 'x\n' });
    expect(await staged(r.dir)).toEqual([]);
  });
});
