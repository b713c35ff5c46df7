/**
 * `stanch secrets` and Vault-backed inject/run, end to end: the real CLI bundle against a real Vault
 * dev server on 127.0.0.1 (scripts/vault-server.sh builds it), plus a real sops file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import dotenv from 'dotenv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VaultTestServer, startVaultDev, vaultUnavailableReason } from '../helpers/vault-server.js';
import { requireBinaries, type AgeKey } from '../stores/sops-helpers.js';
import { CliSandbox, expectNoValues, sopsFile } from '../inject/cli-helpers.js';
import { fake } from '../inject/helpers.js';

const unavailable = vaultUnavailableReason();
if (unavailable) console.warn(`skipping: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('stanch secrets against a Vault dev server', () => {
  let srv: VaultTestServer;
  let box: CliSandbox;
  let key: AgeKey;
  const run = randomBytes(4).toString('hex');
  const base = `vault://secret/app-${run}`;
  const seen: string[] = [];
  const secret = (label: string) => {
    const v = fake(label);
    seen.push(v);
    return v;
  };
  const leakCheck = (r: { stderr: string }) => {
    expectNoValues(r.stderr, seen, 'stderr');
    expectNoValues(existsSync(box.auditLog) ? readFileSync(box.auditLog, 'utf8') : '', seen, 'the audit log');
  };

  beforeAll(async () => {
    requireBinaries();
    srv = await startVaultDev();
    box = new CliSandbox();
    key = sopsFile(box, 'secrets.enc.yaml', { seed: fake('seed') });
    box.env = { VAULT_ADDR: srv.address, VAULT_TOKEN: srv.rootToken, STANCH_ACTOR: 'ci-bot', SOPS_AGE_KEY_FILE: key.keyFile };
  }, 600_000);
  afterAll(async () => {
    await srv?.stop();
    box?.cleanup();
    key?.cleanup();
  });

  it('set reads the value from stdin (not argv), get prints it on stdout only', () => {
    const pw = secret('pw');
    const set = box.run(['secrets', 'set', `${base}/db#password`], { input: `${pw}\n` });
    expect(set.code).toBe(0);
    expect(set.stderr).toBe(`stanch: wrote ${base}/db#password (version 1)\n`);
    leakCheck(set);

    const get = box.run(['secrets', 'get', `${base}/db#password`]);
    expect(get).toEqual({ code: 0, stdout: `${pw}\n`, stderr: '' });
    expect(box.run(['secrets', 'get', '-n', `${base}/db#password`]).stdout).toBe(pw);
    const json = JSON.parse(box.run(['secrets', 'get', '--json', `${base}/db#password`]).stdout);
    expect(json).toMatchObject({ uri: `${base}/db#password`, value: pw, version: 1 });
  });

  it('set keeps multi-line input with --keep-newline, refuses empty input, and honours --cas', () => {
    const pem = `${secret('l1')}\n${secret('l2')}\n`;
    expect(box.run(['secrets', 'set', `${base}/tls#key`, '--keep-newline'], { input: pem }).code).toBe(0);
    expect(box.run(['secrets', 'get', '-n', `${base}/tls#key`]).stdout).toBe(pem);
    const empty = box.run(['secrets', 'set', `${base}/tls#other`]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/refusing to write an empty value/);
    const cas = box.run(['secrets', 'set', `${base}/tls#key`, '--cas', '7'], { input: secret('x') });
    expect(cas.code).toBe(3);
    leakCheck(cas);
  });

  it('list, import a dotenv file, export it back exactly, delete', () => {
    const values = { DB_URL: `postgres://u:${secret('p')}@db/app?x=1#frag`, MULTI: `${secret('m')}\nline two`, QUOTED: `it's "${secret('q')}"` };
    const envText = Object.entries(values)
      .map(([k, v]) => (k === 'MULTI' ? `${k}="${v.replace('\n', '\\n')}"` : k === 'QUOTED' ? `${k}=\`${v}\`` : `${k}='${v}'`))
      .join('\n');
    box.write('import.env', `# to import\n${envText}\n`);
    const imp = box.run(['secrets', 'import', 'import.env', '--to', `${base}/imported`]);
    expect(imp.code).toBe(0);
    expect(imp.stderr).toBe(`stanch: imported 3 variable(s) from import.env to ${base}/imported\n`);
    leakCheck(imp);

    const list = box.run(['secrets', 'list', `${base}/`]);
    expect(list.stdout.split('\n').filter(Boolean).sort()).toEqual(['db', 'imported', 'tls']);

    const exp = box.run(['secrets', 'export', `${base}/imported`]);
    expect(exp.code).toBe(0);
    expect(dotenv.parse(exp.stdout)).toEqual(values);
    const expFile = box.run(['secrets', 'export', `${base}/imported`, '-o', 'out/exported.env']);
    expect(expFile.code).toBe(0);
    expect(box.mode('out/exported.env')).toBe(0o600);
    expect(dotenv.parse(box.read('out/exported.env'))).toEqual(values);

    const del = box.run(['secrets', 'delete', `${base}/imported#QUOTED`]);
    expect(del.code).toBe(0);
    expect(box.run(['secrets', 'get', `${base}/imported#QUOTED`]).code).toBe(3);
  });

  it('writes and reads a sops file through the same commands', () => {
    const v = secret('sopsval');
    expect(box.run(['secrets', 'set', 'sops://secrets.enc.yaml#app.token'], { input: v }).code).toBe(0);
    expect(box.run(['secrets', 'get', '-n', 'sops://secrets.enc.yaml#app.token']).stdout).toBe(v);
    expect(box.read('secrets.enc.yaml')).not.toContain(v);
    expect(box.mode('secrets.enc.yaml')).toBe(0o600);
  });

  it('inject and run take values from Vault', () => {
    box.write('vault-map.yaml', `DB_PASSWORD: ${base}/db#password\nTLS_KEY: ${base}/tls#key\n`);
    const inj = box.run(['inject', '--map', 'vault-map.yaml', '-o', 'v/.env']);
    expect(inj.code).toBe(0);
    const parsed = dotenv.parse(box.read('v/.env'));
    expect(parsed.TLS_KEY).toBe(box.run(['secrets', 'get', '-n', `${base}/tls#key`]).stdout);
    const r = box.run(['run', '--map', 'vault-map.yaml', '--', process.execPath, '-e', 'process.stdout.write(String(process.env.DB_PASSWORD.length))']);
    expect(r.code).toBe(0);
    expect(Number(r.stdout)).toBe(parsed.DB_PASSWORD.length);
  });

  it('a bad token fails with exit 3 and the token appears nowhere', () => {
    const bad = `hvs.${randomBytes(12).toString('hex')}`;
    seen.push(bad);
    const r = box.run(['secrets', 'get', `${base}/db#password`], { env: { VAULT_TOKEN: bad } });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^stanch: /);
    leakCheck(r);
  });

  it('audited every read, write and delete with the actor, and the chain verifies', () => {
    const q = box.run(['audit', 'query', '--actor', 'ci-bot', '--path', `${base}/imported`, '--json']);
    const recs = q.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.filter((r) => r.action === 'write')).toHaveLength(3);
    expect(recs.some((r) => r.action === 'delete' && r.uri === `${base}/imported#QUOTED` && r.outcome === 'ok')).toBe(true);
    expect(recs.some((r) => r.action === 'read' && r.uri === `${base}/imported#QUOTED` && r.outcome === 'not-found')).toBe(true);
    expect(box.run(['audit', 'verify']).code).toBe(0);
    expectNoValues(readFileSync(box.auditLog, 'utf8'), seen, 'the audit log');
  });
});

describe.skipIf(!existsSync('/usr/bin/script'))('stanch secrets set on a terminal', () => {
  let box: CliSandbox;
  let key: AgeKey;
  beforeAll(() => {
    requireBinaries();
    box = new CliSandbox();
    key = sopsFile(box, 's.enc.yaml', { seed: fake('seed') });
  }, 600_000);
  afterAll(() => {
    box?.cleanup();
    key?.cleanup();
  });

  it('prompts on the terminal and does not echo the typed value', async () => {
    const value = fake('typed');
    const { spawn } = await import('node:child_process');
    // util-linux `script` gives the CLI a pseudo-terminal as stdin/stdout.
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(box.bundle)} secrets set sops://s.enc.yaml#typed`;
    const child = spawn('script', ['-qec', cmd, '/dev/null'], {
      cwd: box.dir,
      env: { PATH: process.env.PATH, HOME: box.home, SOPS_AGE_KEY_FILE: key.keyFile, STANCH_AUDIT_LOG: 'off' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('value for sops://s.enc.yaml#typed: ') && !child.stdin.writableEnded) child.stdin.end(`${value}\r`);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).not.toContain(value);
    const get = box.run(['secrets', 'get', '-n', 'sops://s.enc.yaml#typed'], { env: { SOPS_AGE_KEY_FILE: key.keyFile } });
    expect(get.stdout).toBe(value);
  });
});
