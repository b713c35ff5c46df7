import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileVariables, removeSecretFiles, writeSecretFiles } from '../../src/inject/files.js';
import { ensurePrivateDir, shredFile, writeSecretFile } from '../../src/inject/secure-file.js';
import { fake } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-files-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const mode = (p: string) => statSync(p).mode & 0o777;

describe('secret files', () => {
  it('writes an env file 0600 in a new 0700 directory, and 0400 on request', async () => {
    const out = join(dir, 'run', 'secrets', '.env');
    const res = await writeSecretFile(out, 'A=1\n');
    expect(res.warning).toBeUndefined();
    expect(mode(out)).toBe(0o600);
    expect(mode(join(dir, 'run', 'secrets'))).toBe(0o700);
    await writeSecretFile(out, 'A=2\n', 0o400);
    expect(mode(out)).toBe(0o400);
    expect(readFileSync(out, 'utf8')).toBe('A=2\n');
    // Replaced atomically: no temp file left beside it.
    expect(readdirSync(join(dir, 'run', 'secrets'))).toEqual(['.env']);
  });

  it('warns (without failing) when the directory is open to others', async () => {
    const shared = join(dir, 'shared');
    mkdirSync(shared, { mode: 0o755 });
    chmodSync(shared, 0o755);
    expect(await ensurePrivateDir(shared)).toMatch(/accessible to other users \(mode 755\)/);
  });

  // root ignores directory permissions, so this case needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('leaves the old file untouched and no temp file when the write fails', async () => {
    const sub = join(dir, 'ro');
    mkdirSync(sub, { mode: 0o700 });
    const out = join(sub, '.env');
    writeFileSync(out, 'OLD=1\n', { mode: 0o600 });
    chmodSync(sub, 0o500);
    try {
      await expect(writeSecretFile(out, 'NEW=1\n')).rejects.toThrow(/cannot write .*EACCES/);
    } finally {
      chmodSync(sub, 0o700);
    }
    expect(readFileSync(out, 'utf8')).toBe('OLD=1\n');
    expect(readdirSync(sub)).toEqual(['.env']);
  });

  it('refuses to replace something that is not a regular file, leaving no temp file', async () => {
    mkdirSync(join(dir, 'x', '.env'), { recursive: true });
    await expect(writeSecretFile(join(dir, 'x', '.env'), 'A=1\n')).rejects.toThrow(/exists and is not a regular file/);
    expect(readdirSync(join(dir, 'x'))).toEqual(['.env']);
  });

  it('writes one 0400 file per secret with the exact value, and NAME_FILE variables', async () => {
    const a = fake('a');
    const b = `${fake('b')}\n`;
    const res = await writeSecretFiles(join(dir, 's'), [{ name: 'DB_PASSWORD', value: a }, { name: 'TLS_KEY', value: b }]);
    expect(mode(join(dir, 's'))).toBe(0o700);
    expect(res.files.map((f) => [f.name, mode(f.path), readFileSync(f.path, 'utf8')])).toEqual([
      ['DB_PASSWORD', 0o400, a],
      ['TLS_KEY', 0o400, b],
    ]);
    expect(fileVariables(res.files)).toEqual([
      { name: 'DB_PASSWORD_FILE', value: join(dir, 's', 'DB_PASSWORD') },
      { name: 'TLS_KEY_FILE', value: join(dir, 's', 'TLS_KEY') },
    ]);
    expect(await removeSecretFiles(join(dir, 's'))).toBe(2);
    expect(existsSync(join(dir, 's'))).toBe(false);
  });

  it('shreds: overwrites with zeros before unlinking, also a 0400 file, and never follows a symlink', async () => {
    const target = join(dir, 'target');
    writeFileSync(target, 'keep me');
    const { symlinkSync, openSync, readSync, closeSync } = await import('node:fs');
    const link = join(dir, 'link');
    symlinkSync(target, link);
    expect(await shredFile(link)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('keep me');

    const f = join(dir, 'secret');
    const value = fake('zz');
    writeFileSync(f, value, { mode: 0o400 });
    // Keep a descriptor open: after shredding, what it reads must be zeros, not the value.
    const fd = openSync(f, 'r');
    expect(await shredFile(f)).toBe(true);
    expect(existsSync(f)).toBe(false);
    const buf = Buffer.alloc(value.length);
    readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    expect(buf.every((x) => x === 0)).toBe(true);
    expect(await shredFile(f)).toBe(false);
  });
});
