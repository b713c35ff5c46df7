/**
 * Real repositories shaped like a GitHub Action run: a bare "origin" (reached over file:// so
 * shallow fetches behave as over the network) and a checkout made the way actions/checkout makes
 * one (fetch-depth 1 by default). Commits are written with one `git fast-import` per batch, so a
 * 250-commit pull request takes milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// One git environment for every test: fixed identity, no system config, a private global config.
import { EMPTY_GLOBAL_CONFIG, GIT_ENV } from '../git/helpers.js';
export { GIT_ENV };
export const EMPTY_GIT_CONFIG = EMPTY_GLOBAL_CONFIG;

const dirs: string[] = [];
export function tempDir(prefix = 'stanch-action-'): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }).trim();
}

export interface CommitSpec {
  message?: string;
  files?: Record<string, string>;
}

let clock = 1_700_000_000;

/** An origin (bare) plus helpers to grow its branches. */
export class Origin {
  readonly dir: string;
  readonly url: string;
  constructor() {
    this.dir = path.join(tempDir('stanch-origin-'), 'origin.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', this.dir], { env: GIT_ENV });
    this.url = `file://${this.dir}`;
  }

  git(...args: string[]): string {
    return git(this.dir, args);
  }

  /** Appends commits to `branch` (created from `from`, else from the branch tip, else a root). Returns their SHAs, oldest first. */
  commit(branch: string, specs: CommitSpec[], from?: string): string[] {
    const ref = branch.startsWith('refs/') ? branch : `refs/heads/${branch}`;
    const tip = from ?? this.tip(ref);
    const marks = path.join(tempDir('stanch-marks-'), 'marks');
    let stream = '';
    specs.forEach((s, i) => {
      const msg = s.message ?? `commit ${i + 1} on ${branch}`;
      clock += 60;
      stream += `commit ${ref}\nmark :${i + 1}\nauthor Ada Tester <ada@example.test> ${clock} +0000\ncommitter Ada Tester <ada@example.test> ${clock} +0000\n`;
      stream += `data ${Buffer.byteLength(msg)}\n${msg}\n`;
      if (i === 0 && tip) stream += `from ${tip}\n`;
      for (const [p, content] of Object.entries(s.files ?? { [`${branch.replace(/\//g, '_')}-${clock}.txt`]: `line ${clock}\n` })) {
        stream += `M 100644 inline ${p}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
      }
      stream += '\n';
    });
    git(this.dir, ['fast-import', '--quiet', '--force', `--export-marks=${marks}`], stream);
    const map = new Map(
      readFileSync(marks, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    return specs.map((_, i) => map.get(`:${i + 1}`)!);
  }

  /** A merge commit of `head` into `base` at refs/pull/N/merge, as GitHub makes for a PR. */
  pullMergeRef(n: number, baseSha: string, headSha: string): string {
    const tree = this.git('rev-parse', `${headSha}^{tree}`);
    const merge = git(this.dir, ['commit-tree', tree, '-p', baseSha, '-p', headSha, '-m', `Merge ${headSha} into ${baseSha}`]);
    this.git('update-ref', `refs/pull/${n}/merge`, merge);
    this.git('update-ref', `refs/pull/${n}/head`, headSha);
    return merge;
  }

  tip(ref: string): string | undefined {
    try {
      return this.git('rev-parse', '--verify', '--quiet', ref.startsWith('refs/') ? ref : `refs/heads/${ref}`);
    } catch {
      return undefined;
    }
  }

  setRef(branch: string, sha: string): void {
    this.git('update-ref', `refs/heads/${branch}`, sha);
  }

  deleteRef(branch: string): void {
    this.git('update-ref', '-d', `refs/heads/${branch}`);
  }
}

/**
 * A checkout the way actions/checkout makes it: `git init`, `remote add origin`, then
 * `fetch --depth=<depth> origin +<sha>:<ref>` and a detached checkout (depth 0 = full history,
 * every branch and tag).
 */
export function checkout(origin: Origin, sha: string, opts: { depth?: number; ref?: string } = {}): string {
  const dir = path.join(tempDir('stanch-ws-'), 'repo');
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env: GIT_ENV });
  git(dir, ['remote', 'add', 'origin', origin.url]);
  const depth = opts.depth ?? 1;
  const target = opts.ref ?? 'refs/remotes/origin/checkout';
  if (depth === 0) git(dir, ['fetch', '-q', '--prune', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', `+${sha}:${target}`]);
  else git(dir, ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', `+${sha}:${target}`]);
  git(dir, ['checkout', '-q', '--detach', sha]);
  return dir;
}

export const ZERO_SHA = '0'.repeat(40);
