/** `stanch inject` end to end: the real CLI bundle, real sops files (age keys from age-keygen), the env store. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDockerEnvFile } from '../../src/inject/env-file.js';
import { requireBinaries, type AgeKey } from '../stores/sops-helpers.js';
import { CliSandbox, expectNoValues, sopsFile } from '../inject/cli-helpers.js';
import { fake, trickyValues } from '../inject/helpers.js';

let box: CliSandbox;
let key: AgeKey;
let values: Record<string, string>;
let allSecrets: string[];

beforeAll(() => {
  requireBinaries();
  box = new CliSandbox();
  values = trickyValues();
  delete values.EMPTY; // sops stores "" fine, but keep the set to non-empty values for leak checks
  key = sopsFile(box, 'deploy/secrets.enc.yaml', values);
  box.env = { SOPS_AGE_KEY_FILE: key.keyFile, APP_ENV_TOKEN: fake('envtok') };
  allSecrets = [...Object.values(values), box.env.APP_ENV_TOKEN];
  const lines = Object.keys(values).map((k) => `${k}: sops://deploy/secrets.enc.yaml#${k}`);
  box.write('map.yaml', `# which secret goes where\n${lines.join('\n')}\nAPP_TOKEN: env://APP_ENV_TOKEN\n`);
}, 600_000);
afterAll(() => {
  box?.cleanup();
  key?.cleanup();
});

function leakCheck(r: { stdout: string; stderr: string }) {
  expectNoValues(r.stderr, allSecrets, 'stderr');
  expectNoValues(existsSync(box.auditLog) ? readFileSync(box.auditLog, 'utf8') : '', allSecrets, 'the audit log');
}

describe('stanch inject (env file)', () => {
  it('writes a dotenv file (0600 in a new 0700 dir) that the dotenv package reads back exactly', () => {
    const r = box.run(['inject', '--map', 'map.yaml', '-o', 'run/app/.env']);
    expect(r.stderr).toBe(`stanch: wrote ${Object.keys(values).length + 1} variable(s) to run/app/.env (dotenv, mode 0600)\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(box.mode('run/app/.env')).toBe(0o600);
    expect(box.mode('run/app')).toBe(0o700);
    expect(readdirSync(join(box.dir, 'run/app'))).toEqual(['.env']);
    const parsed = dotenv.parse(box.read('run/app/.env'));
    expect(parsed).toEqual({ ...values, APP_TOKEN: box.env.APP_ENV_TOKEN });
    leakCheck(r);
  });

  it('writes 0400 with --read-only, and --cleanup overwrites and removes it', () => {
    expect(box.run(['inject', '--map', 'map.yaml', '-o', 'ro/.env', '--read-only']).code).toBe(0);
    expect(box.mode('ro/.env')).toBe(0o400);
    const r = box.run(['inject', '--cleanup', '-o', 'ro/.env']);
    expect(r.code).toBe(0);
    expect(existsSync(join(box.dir, 'ro/.env'))).toBe(false);
  });

  it('docker format: single-line values read back by docker --env-file rules', () => {
    const single = Object.keys(values).filter((k) => !/[\r\n]/.test(values[k]));
    box.write('docker-map.yaml', single.map((k) => `${k}: sops://deploy/secrets.enc.yaml#${k}`).join('\n'));
    const r = box.run(['inject', '--map', 'docker-map.yaml', '-o', 'docker.env', '--format', 'docker']);
    expect(r.code).toBe(0);
    const parsed = Object.fromEntries(parseDockerEnvFile(box.read('docker.env')).map((e) => [e.name, e.value]));
    expect(parsed).toEqual(Object.fromEntries(single.map((k) => [k, values[k]])));
    leakCheck(r);
  });

  it('docker format: a multi-line value is refused by name, and no file is written', () => {
    const r = box.run(['inject', '--map', 'map.yaml', '-o', 'never/.env', '--format', 'docker']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^stanch: map\.yaml:\d+: MULTILINE: the value spans several lines/);
    expect(existsSync(join(box.dir, 'never'))).toBe(false);
    leakCheck(r);
  });

  it('a missing secret fails with map file:line, and no file is written', () => {
    box.write('bad-map.yaml', 'PLAIN: sops://deploy/secrets.enc.yaml#PLAIN\nNOPE: sops://deploy/secrets.enc.yaml#does_not_exist\n');
    const r = box.run(['inject', '--map', 'bad-map.yaml', '-o', 'partial/.env']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^stanch: bad-map\.yaml:2: NOPE: sops:\/\/deploy\/secrets\.enc\.yaml#does_not_exist: key not found/);
    expect(existsSync(join(box.dir, 'partial'))).toBe(false);
    leakCheck(r);
  });

  it('a bad variable name is an error naming map file:line before any store is read', () => {
    box.write('bad-name.env', 'GOOD=env://APP_ENV_TOKEN\nBAD-NAME=env://APP_ENV_TOKEN\n');
    const r = box.run(['inject', '--map', 'bad-name.env', '-o', 'x.env']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('stanch: bad-name.env:2: "BAD-NAME" is not a valid variable name (letters, digits, _; not starting with a digit)\n');
  });
});

describe('stanch inject (files, template)', () => {
  it('--files writes one 0400 file per secret and prints NAME_FILE lines; --cleanup removes them', () => {
    box.write('files-map.yaml', 'MULTILINE: sops://deploy/secrets.enc.yaml#MULTILINE\nAPP_TOKEN: env://APP_ENV_TOKEN\n');
    const r = box.run(['inject', '--map', 'files-map.yaml', '--files', 'secrets.d']);
    expect(r.code).toBe(0);
    const dir = join(box.dir, 'secrets.d');
    expect(r.stdout).toBe(`MULTILINE_FILE=${join(dir, 'MULTILINE')}\nAPP_TOKEN_FILE=${join(dir, 'APP_TOKEN')}\n`);
    expect(box.mode('secrets.d')).toBe(0o700);
    expect(box.mode('secrets.d/MULTILINE')).toBe(0o400);
    expect(box.read('secrets.d/MULTILINE')).toBe(values.MULTILINE);
    expect(box.read('secrets.d/APP_TOKEN')).toBe(box.env.APP_ENV_TOKEN);
    leakCheck(r);
    expect(box.run(['inject', '--cleanup', '--files', 'secrets.d']).code).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('--template replaces references into a 0600 file; an unresolved one names file:line and writes nothing', () => {
    box.write('app.tmpl', 'name: {{ .Release.Name }}\npassword: [[stanch:sops://deploy/secrets.enc.yaml#PLAIN]]\nkey: [[stanch:sops://deploy/secrets.enc.yaml#MULTILINE | json]]\n');
    const r = box.run(['inject', '--template', 'app.tmpl', '-o', 'conf/app.yaml']);
    expect(r.code).toBe(0);
    expect(box.read('conf/app.yaml')).toBe(`name: {{ .Release.Name }}\npassword: ${values.PLAIN}\nkey: ${JSON.stringify(values.MULTILINE)}\n`);
    expect(box.mode('conf/app.yaml')).toBe(0o600);
    leakCheck(r);

    box.write('bad.tmpl', 'a: [[stanch:env://APP_ENV_TOKEN]]\n\nb: [[stanch:env://NOT_SET_ANYWHERE]]\n');
    const bad = box.run(['inject', '--template', 'bad.tmpl', '-o', 'conf/bad.yaml']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^stanch: bad\.tmpl:3: cannot resolve env:\/\/NOT_SET_ANYWHERE/);
    expect(existsSync(join(box.dir, 'conf/bad.yaml'))).toBe(false);
    leakCheck(bad);
  });
});

describe('audit of injections', () => {
  it('recorded every read and injection (target, never value) in a chain that verifies', () => {
    const q = box.run(['audit', 'query', '--action', 'inject', '--path', 'sops://deploy/secrets.enc.yaml#PLAIN', '--json']);
    expect(q.code).toBe(0);
    const recs = q.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((r) => r.detail)).toEqual([
      `env-file:${join(box.dir, 'run/app/.env')}`,
      `env-file:${join(box.dir, 'ro/.env')}`,
      `env-file:${join(box.dir, 'docker.env')}`,
      `template:${join(box.dir, 'conf/app.yaml')}`,
    ]);
    expect(recs.every((r) => r.outcome === 'ok' && r.actor !== '')).toBe(true);
    const reads = box.run(['audit', 'query', '--action', 'read', '--outcome', 'not-found', '--json']).stdout;
    expect(reads).toContain('sops://deploy/secrets.enc.yaml#does_not_exist');
    const v = box.run(['audit', 'verify']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/OK, \d+ records, chain intact/);
    expectNoValues(readFileSync(box.auditLog, 'utf8'), allSecrets, 'the audit log');
  });
});
