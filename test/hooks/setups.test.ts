/**
 * Each documented hook setup (docs/hooks.md) against real repositories: the shipped shims via
 * core.hooksPath, husky v9, lefthook and the pre-commit framework. Each must block a commit and
 * a push that add a secret, and let clean ones through.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { makeRepo, removeTempDirs, tempDir, fakeAwsKeyId, type TempRepo } from '../git/helpers.js';
import { GIT_ENV } from '../git/helpers.js';
import { bundleCli, installCliInto } from './cli-bundle.js';

const ROOT = path.join(__dirname, '../..');
let cli = '';
beforeAll(async () => {
  cli = await bundleCli();
});
afterAll(removeTempDirs);

// Hook managers may run `git config --global`: they get the tests' private global config.
const ENV = {
  ...GIT_ENV,
  STANCH_BIN: '',
  CI: '1',
} as NodeJS.ProcessEnv;

function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

function run(dir: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: dir, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** A repo with the CLI installed in node_modules and an `origin` bare remote holding `main`. */
function project(): { local: TempRepo; remote: TempRepo } {
  const remote = makeRepo({ bare: true });
  const local = makeRepo();
  installCliInto(local.dir, cli);
  local.git('remote', 'add', 'origin', remote.dir);
  local.commit('base', { 'README.md': 'hello\n' });
  local.git('push', '-q', 'origin', 'main');
  return { local, remote };
}

/** The behaviour every setup must have. */
function expectBlocksSecrets(local: TempRepo, remote: TempRepo): void {
  const secret = `aws_access_key_id = ${fakeAwsKeyId()}\n`;
  local.write('leak.env', secret);
  local.git('add', 'leak.env');
  const commit = git(local.dir, 'commit', '-m', 'leak');
  expect(commit.code, commit.out).not.toBe(0);
  expect(commit.out).toMatch(/blocked this commit/);
  local.git('reset', '-q', 'leak.env');

  local.write('ok.txt', 'fine\n');
  local.git('add', 'ok.txt');
  const ok = git(local.dir, 'commit', '-m', 'clean');
  expect(ok.code, ok.out).toBe(0);
  expect(git(local.dir, 'push', 'origin', 'main').code).toBe(0);

  // A secret committed past the hook (--no-verify) is still stopped at push time.
  local.git('add', 'leak.env');
  local.git('commit', '-q', '--no-verify', '-m', 'sneak');
  const push = git(local.dir, 'push', 'origin', 'main');
  expect(push.code, push.out).not.toBe(0);
  expect(push.out).toMatch(/blocked this push/);
  expect(remote.git('log', '--format=%s', '-1', 'main').trim()).toBe('clean');
}

function available(cmd: string, args = ['--version']): boolean {
  return spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
}

describe('documented hook setups', () => {
  it('core.hooksPath pointing at the shipped hooks/ shims', () => {
    const { local, remote } = project();
    local.git('config', 'core.hooksPath', path.join(ROOT, 'hooks'));
    expectBlocksSecrets(local, remote);
  });

  it('husky v9', () => {
    const { local, remote } = project();
    cpSync(path.join(ROOT, 'node_modules/husky'), path.join(local.dir, 'node_modules/husky'), { recursive: true });
    writeFileSync(path.join(local.dir, 'package.json'), JSON.stringify({ name: 'app', private: true, scripts: {} }, null, 2));
    run(local.dir, 'node', ['node_modules/husky/bin.js', 'init']);
    expect(local.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    writeFileSync(path.join(local.dir, '.husky/pre-commit'), 'stanch hook pre-commit\n');
    writeFileSync(path.join(local.dir, '.husky/pre-push'), 'stanch hook pre-push "$@"\n');
    local.git('add', '-A');
    local.git('commit', '-q', '--no-verify', '-m', 'husky setup');
    expectBlocksSecrets(local, remote);
  });

  it('lefthook', () => {
    const { local, remote } = project();
    const doc = readFileSync(path.join(ROOT, 'docs/hooks.md'), 'utf8');
    const yml = /```yaml\n(# lefthook\.yml\n[\s\S]*?)```/.exec(doc)![1]!;
    writeFileSync(path.join(local.dir, 'lefthook.yml'), yml);
    // lefthook is not a dependency of stanch (its npm postinstall would install hooks into this repo);
    // scripts/setup-test-tools.sh installs it into a cache and exports its path.
    const lefthook = process.env.STANCH_LEFTHOOK_BIN ?? 'lefthook';
    run(local.dir, lefthook, ['install']);
    local.git('add', '-A');
    local.git('commit', '-q', '--no-verify', '-m', 'lefthook setup');
    expectBlocksSecrets(local, remote);
  });

  // CI installs the framework (scripts/setup-test-tools.sh); only a developer machine without it skips.
  it.runIf(available('pre-commit') || process.env.CI)('pre-commit framework (local hook, both stages)', () => {
    const { local, remote } = project();
    ENV.PRE_COMMIT_HOME = tempDir('stanch-pre-commit-home-'); // the framework's cache, removed after the tests
    writeFileSync(
      path.join(local.dir, '.pre-commit-config.yaml'),
      YAML.stringify({
        repos: [
          {
            repo: 'local',
            hooks: [
              { id: 'stanch', name: 'stanch', entry: 'npx --no-install --offline stanch hook pre-commit', language: 'system', pass_filenames: false, always_run: true, stages: ['pre-commit'] },
              { id: 'stanch-pre-push', name: 'stanch pre-push', entry: 'npx --no-install --offline stanch hook pre-push', language: 'system', pass_filenames: false, always_run: true, stages: ['pre-push'] },
            ],
          },
        ],
      }),
    );
    local.git('add', '-A');
    local.git('commit', '-q', '--no-verify', '-m', 'pre-commit setup');
    run(local.dir, 'pre-commit', ['install', '-t', 'pre-commit', '-t', 'pre-push']);
    expectBlocksSecrets(local, remote);
  });

  it('ships a .pre-commit-hooks.yaml whose hooks run the CLI at both stages', () => {
    const hooks = YAML.parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks.map((h) => [h.id, h.entry, h.stages, h.pass_filenames])).toEqual([
      ['stanch', 'stanch hook pre-commit', ['pre-commit'], false],
      ['stanch-pre-push', 'stanch hook pre-push', ['pre-push'], false],
    ]);
    expect(existsSync(path.join(ROOT, 'hooks/pre-commit'))).toBe(true);
  });
});
