/** `stanch redact` as users run it: the built bundle filtering stdin or a file, alerts on stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSecrets } from '../redact/fakes.js';
import { cliBundle } from './bundle.js';

let bundle: string;
const dir = mkdtempSync(join(tmpdir(), 'stanch-redact-cli-'));
const s = fakeSecrets('cli');

beforeAll(() => {
  bundle = cliBundle();
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stanch(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, input, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stanch redact', () => {
  const log = `start\nGITHUB_TOKEN=${s.github}\n${s.pem}\nend\n`;

  it('filters stdin to stdout, alerting on stderr without the value', () => {
    const r = stanch(['redact'], log);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GITHUB_TOKEN=[REDACTED:github-pat]\n');
    expect(r.stdout.startsWith('start\n')).toBe(true);
    expect(r.stdout.endsWith('end\n')).toBe(true);
    expect(r.stderr).toMatch(/^stanch: redacted github-pat \(critical\) at line 2:/m);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain(s.github);
      expect(out).not.toContain(s.pem.split('\n')[1]);
    }
  });

  it('reads a file, takes a custom marker, and can fail when something was redacted', () => {
    writeFileSync(join(dir, 'app.log'), log);
    const r = stanch(['redact', 'app.log', '--marker', '<{rule}>', '--fail-on-finding', '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('GITHUB_TOKEN=<github-pat>\n');
    expect(r.stderr).toBe('');
  });

  it('names a missing file in a one-line error (exit 2)', () => {
    const r = stanch(['redact', 'nope.log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('stanch: nope.log: no such file\n');
  });
});
