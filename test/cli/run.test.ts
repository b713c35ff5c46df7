/** `stanch run` end to end: environment, exit codes, signal forwarding, nothing on disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBinaries, type AgeKey } from '../stores/sops-helpers.js';
import { CliSandbox, sopsFile } from '../inject/cli-helpers.js';
import { fake } from '../inject/helpers.js';

let box: CliSandbox;
let key: AgeKey;
let pem: string;
let token: string;
const node = process.execPath;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile());
}

beforeAll(() => {
  requireBinaries();
  box = new CliSandbox();
  pem = `-----BEGIN FAKE-----\n${fake('a')}\n${fake('b')}\n-----END FAKE-----`;
  token = fake('tok');
  key = sopsFile(box, 's.enc.yaml', { pem });
  box.env = { SOPS_AGE_KEY_FILE: key.keyFile, SRC_TOKEN: token, STANCH_AUDIT_LOG: 'off' };
  box.write('m.yaml', 'TLS_KEY: sops://s.enc.yaml#pem\nAPI_TOKEN: env://SRC_TOKEN\n');
}, 600_000);
afterAll(() => {
  box?.cleanup();
  key?.cleanup();
});

describe('stanch run', () => {
  it('gives the command the parent env plus the secrets, exactly, and writes nothing to disk', () => {
    const before = filesUnder(box.dir).sort();
    const script = 'process.stdout.write(JSON.stringify({k: process.env.TLS_KEY, t: process.env.API_TOKEN, p: process.env.KEEP_ME}))';
    const r = box.run(['run', '--map', 'm.yaml', '--', node, '-e', script], { env: { KEEP_ME: 'parent' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ k: pem, t: token, p: 'parent' });
    const after = filesUnder(box.dir).sort();
    expect(after).toEqual(before);
    for (const f of after) expect(readFileSync(f, 'utf8')).not.toContain(token);
  });

  it('propagates the exit code, passes the command its own flags, and reports 127 for a missing command', () => {
    expect(box.run(['run', '--map', 'm.yaml', '--', node, '-e', 'process.exit(42)']).code).toBe(42);
    const flags = box.run(['run', '--map', 'm.yaml', node, '-p', '"--help" + 1']);
    expect(flags.stdout).toBe('--help1\n');
    const missing = box.run(['run', '--map', 'm.yaml', '--', 'stanch-no-such-command-x']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toBe('stanch: stanch-no-such-command-x: command not found\n');
  });

  it('forwards SIGTERM to the command and exits with its status', async () => {
    const child = box.spawn(['run', '--map', 'm.yaml', '--', node, '-e', "process.on('SIGTERM', () => { console.log('child got SIGTERM'); process.exit(42); }); console.log('ready'); setInterval(() => {}, 1000);"]);
    let out = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('ready') && !out.includes('sent')) {
          out += 'sent';
          child.kill('SIGTERM');
        }
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(out).toContain('child got SIGTERM');
    expect(code).toBe(42);
  });

  it('a command killed by a signal gives 128+N', () => {
    expect(box.run(['run', '--map', 'm.yaml', '--', node, '-e', "process.kill(process.pid, 'SIGKILL')"]).code).toBe(137);
  });

  it('does not start the command when a secret cannot be read', () => {
    box.write('bad.yaml', 'API_TOKEN: env://NOT_THERE_AT_ALL\n');
    const r = box.run(['run', '--map', 'bad.yaml', '--', node, '-e', "console.log('started')"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^stanch: bad\.yaml:1: API_TOKEN: env:\/\/NOT_THERE_AT_ALL: environment variable NOT_THERE_AT_ALL is not set/);
  });
});
