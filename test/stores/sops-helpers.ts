/** Shared setup for the sops tests: the real sops and age binaries, a fresh age key, synthetic secrets. */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOPS = join(homedir(), 'go', 'bin', 'sops');

/** Fails loudly (never skips) when sops or age are missing: the lead's CI installs them. */
export function requireBinaries(): void {
  if (!existsSync(SOPS)) {
    throw new Error(
      `sops is required for the interop tests but ${SOPS} does not exist. ` +
        'Install it with: go install github.com/getsops/sops/v3/cmd/sops@latest',
    );
  }
  const age = spawnSync('age-keygen', ['--version']);
  if (age.error) throw new Error('age-keygen is required for the interop tests: apt-get install age');
}

export interface AgeKey {
  dir: string;
  keyFile: string;
  identity: string;
  recipient: string;
  cleanup(): void;
}

export function makeAgeKey(): AgeKey {
  const dir = mkdtempSync(join(tmpdir(), 'stanch-sops-'));
  const keyFile = join(dir, 'key.txt');
  execFileSync('age-keygen', ['-o', keyFile], { stdio: 'pipe' });
  const text = readFileSync(keyFile, 'utf8');
  const identity = text.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))!;
  const recipient = /public key: (age1[a-z0-9]+)/.exec(text)![1];
  return { dir, keyFile, identity, recipient, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the real sops; throws with its stderr (no values are on stderr) when it fails. */
export function sops(key: AgeKey, args: string[], extraEnv: Record<string, string> = {}): Buffer {
  const r = spawnSync(SOPS, args, {
    cwd: key.dir,
    env: { PATH: process.env.PATH ?? '', HOME: key.dir, SOPS_AGE_KEY_FILE: key.keyFile, ...extraEnv },
  });
  if (r.status !== 0) throw new Error(`sops ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return r.stdout;
}

/** A synthetic secret built at run time (never a literal in the test source). */
export function fakeSecret(label: string): string {
  return `${label}-${randomBytes(12).toString('base64url')}`;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

export interface Secrets {
  password: string;
  token1: string;
  token2: string;
  apiKey: string;
}

export function makeSecrets(): Secrets {
  return { password: fakeSecret('pw'), token1: fakeSecret('tok'), token2: fakeSecret('tok'), apiKey: fakeSecret('key') };
}

export function yamlFixture(s: Secrets): string {
  return [
    '# Service configuration (synthetic)',
    'db:',
    '    # the primary database',
    '    user: app',
    `    password: ${s.password}`,
    '    port: 5432',
    '    ratio: 0.25',
    '    tls: true',
    '    empty: ""',
    'api:',
    '    tokens:',
    `        - ${s.token1}`,
    `        - ${s.token2}`,
    '    endpoint_unencrypted: https://api.example.test',
    '    count: -3',
    'zeta: last key',
    '',
  ].join('\n');
}

export function jsonFixture(s: Secrets): string {
  return `${JSON.stringify(
    { zeta: 'first', db: { password: s.password, port: 5432, ratio: 2.5, tls: false, none: null }, list: [s.token1, 7, true], alpha: 'last' },
    null,
    '\t',
  )}\n`;
}

export function dotenvFixture(s: Secrets): string {
  return ['# synthetic dotenv', `DB_PASSWORD=${s.password}`, 'EMPTY=', `API_KEY="${s.apiKey}"`, '# end', 'PORT=8080', ''].join('\n');
}

export function binaryFixture(): Buffer {
  return Buffer.concat([Buffer.from('BIN\0'), randomBytes(64), Buffer.from('\xff\xfe tail\n', 'latin1')]);
}

/** Comment texts in order, for "comments kept" checks. */
export function commentsOf(yamlText: string): string[] {
  return yamlText
    .split('\n')
    .map((l) => /(?:^|\s)#(.*)$/.exec(l)?.[1]?.trim())
    .filter((c): c is string => c !== undefined && c !== '');
}
