/** Real git repositories in temp dirs for the git/sources/hooks tests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// A private empty global config: pointing GIT_CONFIG_GLOBAL at /dev/null lets any `git config --global`
// (hook managers do that) replace /dev/null itself with a regular file when running as root.
const made: string[] = [];
const GLOBAL_CONFIG_DIR = mkdtempSync(path.join(tmpdir(), 'stanch-gitcfg-'));
made.push(GLOBAL_CONFIG_DIR); // removed with the other temp dirs
/** The private global git config every test git process (and the Action under test) uses. */
export const EMPTY_GLOBAL_CONFIG = path.join(GLOBAL_CONFIG_DIR, 'gitconfig');
writeFileSync(EMPTY_GLOBAL_CONFIG, '');

/** Environment for git in tests: fixed identity, no system config, a private global config. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Tester',
  GIT_AUTHOR_EMAIL: 'ada@example.test',
  GIT_COMMITTER_NAME: 'Ada Tester',
  GIT_COMMITTER_EMAIL: 'ada@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: EMPTY_GLOBAL_CONFIG,
};

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, content: string | Buffer): void;
  commit(message: string, files?: Record<string, string | Buffer>): string;
  cleanup(): void;
}

export function tempDir(prefix = 'stanch-git-'): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function gitIn(dir: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function makeRepo(opts: { bare?: boolean; dir?: string } = {}): TempRepo {
  const dir = opts.dir ?? tempDir();
  gitIn(dir, ['init', '-q', '-b', 'main', ...(opts.bare ? ['--bare'] : [])]);
  gitIn(dir, ['config', 'commit.gpgsign', 'false']);
  const repo: TempRepo = {
    dir,
    git: (...args) => gitIn(dir, args),
    write(file, content) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    },
    commit(message, files = {}) {
      for (const [f, c] of Object.entries(files)) repo.write(f, c);
      gitIn(dir, ['add', '-A']);
      gitIn(dir, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
      return gitIn(dir, ['rev-parse', 'HEAD']).trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  return repo;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, n: number) =>
  [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');

/** A synthetic AWS access key id, built at run time (never a literal in the source). */
export { fakeAwsKeyId } from '../reporters/helpers.js';

/** A synthetic high-entropy value, unique per call. */
export function fakeToken(): string {
  return ['tok', 'en_'].join('') + pick(ALNUM, 32);
}
