import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatGithubEnv, maskValue, writeGithubEnv } from '../../src/inject/github-env.js';
import { fake, trickyValues } from './helpers.js';

/** Reads GITHUB_ENV the way the runner does: NAME=value lines and NAME<<DELIM blocks. */
function parseGithubEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; lines[i] !== heredoc[2]; i++) {
        if (i >= lines.length) throw new Error(`unterminated ${heredoc[1]}`);
        body.push(lines[i]);
      }
      out[heredoc[1]] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-ghenv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('GITHUB_ENV writer', () => {
  it('writes heredoc entries with a random delimiter that the runner reads back exactly', async () => {
    const values = Object.fromEntries(Object.entries(trickyValues()).filter(([k]) => k !== 'CRLF'));
    const envFile = join(dir, 'github_env');
    writeFileSync(envFile, 'EXISTING=1\n');
    const masked: string[] = [];
    await writeGithubEnv({ envFile, mask: (s) => masked.push(s), entries: Object.entries(values).map(([name, value]) => ({ name, value })) });
    const text = readFileSync(envFile, 'utf8');
    expect(parseGithubEnv(text)).toEqual({ EXISTING: '1', ...values });
    const delims = new Set([...text.matchAll(/<<(.+)$/gm)].map((m) => m[1]));
    expect(delims.size).toBe(1);
    expect([...delims][0]).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
  });

  it('uses a new delimiter on every call', async () => {
    const envFile = join(dir, 'e');
    writeFileSync(envFile, '');
    await writeGithubEnv({ envFile, mask: () => {}, entries: [{ name: 'A', value: 'x' }] });
    await writeGithubEnv({ envFile, mask: () => {}, entries: [{ name: 'B', value: 'y' }] });
    const delims = [...readFileSync(envFile, 'utf8').matchAll(/<<(.+)$/gm)].map((m) => m[1]);
    expect(delims[0]).not.toBe(delims[1]);
  });

  it('masks every non-empty line and the whole value before writing anything', async () => {
    const a = fake('l1');
    const b = fake('l2');
    const masked: string[] = [];
    const envFile = join(dir, 'e');
    writeFileSync(envFile, '');
    await writeGithubEnv({
      envFile,
      mask: (s) => {
        // At the time of masking the file must still be empty: masking comes first.
        expect(readFileSync(envFile, 'utf8')).toBe('');
        masked.push(s);
      },
      entries: [{ name: 'PEM', value: `${a}\n\n${b}\n` }, { name: 'EMPTY', value: '' }],
    });
    expect(masked).toEqual([a, b, `${a}\n\n${b}\n`]);
  });

  it('refuses a value that contains the delimiter, without writing anything or naming the value', async () => {
    const envFile = join(dir, 'e');
    writeFileSync(envFile, '');
    const secret = fake('evil');
    const value = `${secret}\nDELIM\nINJECTED=1`;
    await expect(writeGithubEnv({ envFile, mask: () => {}, delimiter: 'DELIM', entries: [{ name: 'OK', value: 'x' }, { name: 'BAD', value }] })).rejects.toThrow(
      /^BAD: the value contains the GITHUB_ENV delimiter/,
    );
    expect(readFileSync(envFile, 'utf8')).toBe('');
    try {
      formatGithubEnv([{ name: 'BAD', value }], 'DELIM');
    } catch (e) {
      expect((e as Error).message).not.toContain(secret);
    }
  });

  it('maskValue handles CRLF lines and skips blank lines', () => {
    const got: string[] = [];
    maskValue('a\r\n  \r\nb', (s) => got.push(s));
    expect(got).toEqual(['a', 'b', 'a\r\n  \r\nb']);
  });
});
