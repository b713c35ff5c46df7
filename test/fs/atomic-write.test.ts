import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpecialFile, writeFileAtomic, writeFileAtomicSync } from '../../src/fs/atomic-write.js';

describe('atomic writes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stanch-atomic-'));

  it('writes with the given mode and leaves no temp file', async () => {
    const f = path.join(dir, 'a.env');
    await writeFileAtomic(f, 'A=1\n', 0o600);
    writeFileAtomicSync(path.join(dir, 'b.json'), '{}', 0o600);
    expect(readFileSync(f, 'utf8')).toBe('A=1\n');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual(['a.env', 'b.json']);
  });

  it('replaces an existing file whole', () => {
    const f = path.join(dir, 'c.txt');
    writeFileSync(f, 'old old old');
    writeFileAtomicSync(f, 'new', 0o644);
    expect(readFileSync(f, 'utf8')).toBe('new');
  });

  it('writes into a device in place instead of renaming over it', async () => {
    expect(isSpecialFile('/dev/null')).toBe(true);
    expect(isSpecialFile(path.join(dir, 'c.txt'))).toBe(false);
    expect(isSpecialFile(path.join(dir, 'missing'))).toBe(false);
    writeFileAtomicSync('/dev/null', 'report');
    await writeFileAtomic('/dev/null', 'report');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
