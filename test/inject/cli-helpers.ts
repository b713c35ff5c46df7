/**
 * Runs the real bundled CLI for the inject / run / secrets / audit tests, with a private HOME (so the
 * default audit log and key files are the test's own) and no inherited VAULT_* / SOPS_* settings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { cliBundle } from '../cli/bundle.js';
import { makeAgeKey, sops, type AgeKey } from '../stores/sops-helpers.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export class CliSandbox {
  readonly dir: string;
  readonly home: string;
  readonly bundle: string;
  env: Record<string, string> = {};

  constructor() {
    this.bundle = cliBundle();
    this.dir = mkdtempSync(join(tmpdir(), 'stanch-inject-cli-'));
    this.home = join(this.dir, 'home');
    mkdirSync(this.home);
  }

  private fullEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
    return { PATH: process.env.PATH, HOME: this.home, ...this.env, ...extra };
  }

  run(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliResult {
    const r = spawnSync(process.execPath, [this.bundle, ...args], {
      cwd: opts.cwd ?? this.dir,
      input: opts.input ?? '',
      encoding: 'utf8',
      env: this.fullEnv(opts.env ?? {}),
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** Asynchronous run, for signal tests. */
  spawn(args: string[], env: Record<string, string> = {}) {
    return spawn(process.execPath, [this.bundle, ...args], { cwd: this.dir, env: this.fullEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(rel: string, text: string): string {
    const p = join(this.dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  }

  read(rel: string): string {
    return readFileSync(join(this.dir, rel), 'utf8');
  }

  mode(rel: string): number {
    return statSync(join(this.dir, rel)).mode & 0o777;
  }

  get auditLog(): string {
    return join(this.home, '.local', 'state', 'stanch', 'audit.jsonl');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A sops file (real sops binary, real age key) holding `values` as top-level string keys. */
export function sopsFile(box: CliSandbox, rel: string, values: Record<string, string>): AgeKey {
  const key = makeAgeKey();
  const plain = join(key.dir, 'plain.yaml');
  writeFileSync(plain, stringify(values));
  const enc = sops(key, ['--encrypt', '--age', key.recipient, '--input-type', 'yaml', '--output-type', 'yaml', plain]);
  box.write(rel, enc.toString('utf8'));
  rmSync(plain);
  return key;
}

/** Fails when any value (of at least 4 characters, trimmed) appears in the text. */
export function expectNoValues(text: string, values: Iterable<string>, where: string): void {
  for (const v of values) {
    for (const part of v.split('\n')) {
      const p = part.trim();
      if (p.length >= 8 && text.includes(p)) throw new Error(`a secret value leaked into ${where}`);
    }
  }
}
