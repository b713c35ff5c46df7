/**
 * Builds the CLI bundle once per source state and shares it between test files:
 * keyed by a hash of src/, the build script and package.json, guarded by a lock
 * directory so parallel test workers do not build twice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const CACHE = join(REPO, 'node_modules', '.cache', 'stanch-test-cli');

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) hashTree(h, p);
    else h.update(p.slice(REPO.length)).update(readFileSync(p));
  }
}

function sourceHash(): string {
  const h = createHash('sha256');
  hashTree(h, join(REPO, 'src'));
  for (const f of ['scripts/build.mjs', 'scripts/gen-rules.mjs', 'package.json']) h.update(readFileSync(join(REPO, f)));
  return h.digest('hex').slice(0, 16);
}

/** Path of a built `cli/index.js` for the current sources. */
export function cliBundle(): string {
  const key = sourceHash();
  const out = join(CACHE, key);
  const bundle = join(out, 'cli', 'index.js');
  if (existsSync(join(out, 'done'))) return bundle;
  mkdirSync(CACHE, { recursive: true });
  const lock = join(CACHE, `${key}.lock`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(out, 'done'))) return bundle;
      if (Date.now() > deadline) throw new Error('timed out waiting for another test worker to build the CLI');
      execFileSync('sleep', ['1']);
    }
  }
  try {
    if (!existsSync(join(out, 'done'))) {
      const r = spawnSync(process.execPath, [join(REPO, 'scripts/build.mjs'), '--out', out, '--only', 'cli'], {
        cwd: REPO,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr || r.stdout}`);
      mkdirSync(join(out, 'done'));
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return bundle;
}
