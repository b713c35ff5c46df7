import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, writeFileSync, existsSync, statSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { makeRepo, removeTempDirs, tempDir } from '../git/helpers.js';
import { GIT_ENV } from '../git/helpers.js';
import { installHooks, uninstallHooks } from '../../src/entry/hooks/install.js';
import { hookShim, installedHook, SHIM_MARKER } from '../../src/entry/hooks/shims.js';

afterAll(removeTempDirs);

/** A stand-in CLI that records its arguments and stdin, and exits with $FAKE_EXIT. */
function recorder(): { bin: string; log: string } {
  const dir = tempDir();
  const log = path.join(dir, 'calls.log');
  const bin = path.join(dir, 'stanch');
  writeFileSync(bin, `#!/bin/sh\n{ echo "args: $*"; cat; } >> "${log}"\nexit \${FAKE_EXIT:-0}\n`);
  chmodSync(bin, 0o755);
  return { bin, log };
}

function commit(dir: string, env: Record<string, string>): { ok: boolean; stderr: string } {
  try {
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'x'], {
      cwd: dir,
      env: { ...GIT_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, stderr: '' };
  } catch (e) {
    return { ok: false, stderr: String((e as { stderr: Buffer }).stderr) };
  }
}

describe('hook shims', () => {
  it('ships hooks/pre-commit and hooks/pre-push identical to the generated shims, executable, valid sh', () => {
    for (const name of ['pre-commit', 'pre-push'] as const) {
      const file = path.join(__dirname, '../../hooks', name);
      expect(readFileSync(file, 'utf8')).toBe(hookShim(name));
      expect(statSync(file).mode & 0o111).not.toBe(0);
      execFileSync('sh', ['-n', file]);
      execFileSync('sh', ['-n', '-c', installedHook(name)]);
    }
  });
});

describe('stanch hooks install', () => {
  it('installs both hooks, then is idempotent', async () => {
    const r = makeRepo();
    const first = await installHooks({ cwd: r.dir });
    expect(first.hooks.map((h) => h.action)).toEqual(['installed', 'installed']);
    for (const h of first.hooks) {
      expect(readFileSync(h.path, 'utf8')).toContain(SHIM_MARKER);
      expect(statSync(h.path).mode & 0o111).not.toBe(0);
    }
    const again = await installHooks({ cwd: r.dir });
    expect(again.hooks.map((h) => h.action)).toEqual(['unchanged', 'unchanged']);
    expect(existsSync(path.join(r.dir, '.git/hooks/pre-commit.pre-stanch'))).toBe(false);
  });

  it('keeps an existing hook, runs it first, and a failing one still blocks the commit', async () => {
    const r = makeRepo();
    const marker = path.join(tempDir(), 'old-hook-ran');
    const old = path.join(r.dir, '.git/hooks/pre-commit');
    writeFileSync(old, `#!/bin/sh\necho ran >> "${marker}"\nexit \${OLD_EXIT:-0}\n`);
    chmodSync(old, 0o755);
    const res = await installHooks({ cwd: r.dir });
    expect(res.hooks[0]).toMatchObject({ action: 'chained', chainedTo: `${old}.pre-stanch` });
    expect((await installHooks({ cwd: r.dir })).hooks[0]!.action).toBe('unchanged');

    const cli = recorder();
    expect(commit(r.dir, { STANCH_BIN: cli.bin }).ok).toBe(true);
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expect(readFileSync(cli.log, 'utf8')).toContain('args: hook pre-commit');

    expect(commit(r.dir, { STANCH_BIN: cli.bin, OLD_EXIT: '1' }).ok).toBe(false);
    expect(commit(r.dir, { STANCH_BIN: cli.bin, FAKE_EXIT: '1' }).ok).toBe(false);
  });

  it('gives the same pre-push stdin to a chained hook and to stanch', async () => {
    const r = makeRepo();
    const remote = makeRepo({ bare: true });
    r.git('remote', 'add', 'origin', remote.dir);
    r.commit('one', { a: '1\n' });
    const seen = path.join(tempDir(), 'old-stdin');
    const old = path.join(r.dir, '.git/hooks/pre-push');
    writeFileSync(old, `#!/bin/sh\ncat > "${seen}"\n`);
    chmodSync(old, 0o755);
    await installHooks({ cwd: r.dir });
    const cli = recorder();
    execFileSync('git', ['push', '-q', 'origin', 'main'], { cwd: r.dir, env: { ...GIT_ENV, STANCH_BIN: cli.bin }, stdio: 'pipe' });
    const sha = r.git('rev-parse', 'HEAD').trim();
    expect(readFileSync(seen, 'utf8')).toContain(`refs/heads/main ${sha} refs/heads/main ${'0'.repeat(40)}`);
    const log = readFileSync(cli.log, 'utf8');
    expect(log).toContain(`args: hook pre-push origin ${remote.dir}`);
    expect(log).toContain(`refs/heads/main ${sha} refs/heads/main`);
  });

  it('installs into core.hooksPath, and refuses husky\'s directory with instructions', async () => {
    const r = makeRepo();
    r.git('config', 'core.hooksPath', '.githooks');
    const res = await installHooks({ cwd: r.dir });
    expect(res.hooksDir).toBe(path.join(r.dir, '.githooks'));
    expect(existsSync(path.join(r.dir, '.githooks/pre-push'))).toBe(true);
    r.git('config', 'core.hooksPath', '.husky/_');
    await expect(installHooks({ cwd: r.dir })).rejects.toThrow(/husky/);
  });

  it('blocks with a clear message when no CLI can be found', async () => {
    const r = makeRepo();
    await installHooks({ cwd: r.dir, hooks: ['pre-commit'] });
    const res = commit(r.dir, { PATH: '/usr/bin:/bin', STANCH_BIN: '' });
    expect(res.ok).toBe(false);
    expect(res.stderr).toMatch(/stanch: CLI not found|ENOTCACHED|could not determine executable/);
  });
});

describe('stanch hooks uninstall', () => {
  it('removes the hooks install wrote, then finds none', async () => {
    const r = makeRepo();
    const installed = await installHooks({ cwd: r.dir });
    const res = await uninstallHooks({ cwd: r.dir });
    expect(res.hooks.map((h) => h.action)).toEqual(['removed', 'removed']);
    for (const h of installed.hooks) expect(existsSync(h.path)).toBe(false);
    expect((await uninstallHooks({ cwd: r.dir })).hooks.map((h) => h.action)).toEqual(['absent', 'absent']);
    expect(commit(r.dir, { STANCH_BIN: '/nonexistent' }).ok).toBe(true);
  });

  it('puts back the hook install had renamed, executable and unchanged, and it runs again', async () => {
    const r = makeRepo();
    const marker = path.join(tempDir(), 'old-hook-ran');
    const old = path.join(r.dir, '.git/hooks/pre-commit');
    const text = `#!/bin/sh\necho ran >> "${marker}"\n`;
    writeFileSync(old, text);
    chmodSync(old, 0o755);
    await installHooks({ cwd: r.dir });
    const res = await uninstallHooks({ cwd: r.dir, hooks: ['pre-commit'] });
    expect(res.hooks).toEqual([{ name: 'pre-commit', path: old, action: 'restored' }]);
    expect(readFileSync(old, 'utf8')).toBe(text);
    expect(statSync(old).mode & 0o111).not.toBe(0);
    expect(existsSync(`${old}.pre-stanch`)).toBe(false);
    const cli = recorder();
    expect(commit(r.dir, { STANCH_BIN: cli.bin }).ok).toBe(true);
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expect(existsSync(cli.log)).toBe(false);
    // --only: the other hook stays installed.
    expect(readFileSync(path.join(r.dir, '.git/hooks/pre-push'), 'utf8')).toContain(SHIM_MARKER);
  });

  it('leaves a hook that is not stanch\'s alone, and refuses husky\'s directory', async () => {
    const r = makeRepo();
    const foreign = path.join(r.dir, '.git/hooks/pre-push');
    writeFileSync(foreign, '#!/bin/sh\nexit 0\n');
    const res = await uninstallHooks({ cwd: r.dir });
    expect(res.hooks.map((h) => h.action)).toEqual(['absent', 'not-stanch']);
    expect(readFileSync(foreign, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    r.git('config', 'core.hooksPath', '.husky/_');
    await expect(uninstallHooks({ cwd: r.dir })).rejects.toThrow(/husky.*remove the `stanch hook` lines/);
  });
});
