import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSource } from '../../src/sources/files.js';
import { StreamSource } from '../../src/sources/stdin.js';
import { chunkByteStream } from '../../src/sources/chunks.js';
import type { Fragment } from '../../src/model/fragment.js';
import type { SkipNotice } from '../../src/model/contracts.js';
import { fakeToken } from '../reporters/helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stanch-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer) {
  const abs = join(dir, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function collect(src: { fragments(): AsyncIterable<Fragment> }): Promise<Fragment[]> {
  const out: Fragment[] = [];
  for await (const f of src.fragments()) out.push(f);
  return out;
}

/** Line and column (1-based, UTF-16) of `needle` as the fragments report it. */
function locate(frags: Fragment[], needle: string): { line: number; column: number }[] {
  const hits: { line: number; column: number }[] = [];
  for (const f of frags) {
    for (let i = f.text.indexOf(needle); i >= 0; i = f.text.indexOf(needle, i + 1)) {
      const before = f.text.slice(0, i);
      const nl = before.lastIndexOf('\n');
      const lines = before.split('\n').length - 1;
      const line = (f.startLine ?? 1) + lines;
      const column = nl >= 0 ? i - nl : (f.startColumn ?? 1) + i;
      hits.push({ line, column });
    }
  }
  return hits;
}

describe('FileSource', () => {
  it('honours nested .gitignore files with negation, and always skips .git/', async () => {
    put('.gitignore', 'build/\n*.log\n');
    put('keep.txt', 'a');
    put('app.log', 'b');
    put('build/out.txt', 'c');
    put('sub/.gitignore', '!important.log\nlocal.txt\n');
    put('sub/important.log', 'd');
    put('sub/local.txt', 'e');
    put('sub/deeper/local.txt', 'f');
    put('.git/config', 'g');
    const paths = (await collect(new FileSource({ cwd: dir }))).map((f) => f.path).sort();
    expect(paths).toEqual(['.gitignore', 'keep.txt', 'sub/.gitignore', 'sub/important.log']);
    const all = (await collect(new FileSource({ cwd: dir, gitignore: false }))).map((f) => f.path);
    expect(all).toContain('build/out.txt');
    expect(all).toContain('sub/deeper/local.txt');
    expect(all.some((p) => p.startsWith('.git/'))).toBe(false);
  });

  it('applies .gitignore from the repository root when scanning a subdirectory', async () => {
    execFileSync('git', ['init', '-q', dir]);
    put('.gitignore', 'secret-dump/\n');
    put('pkg/secret-dump/x.txt', 'x');
    put('pkg/ok.txt', 'y');
    const paths = (await collect(new FileSource({ cwd: dir, paths: ['pkg'] }))).map((f) => f.path);
    expect(paths).toEqual(['pkg/ok.txt']);
  });

  it('shows paths relative to the working directory, also for a walk that comes back into it', async () => {
    put('top.txt', 'a');
    put('pkg/sub/deep.txt', 'b');
    put('pkg/near.txt', 'c');
    const paths = async (cwd: string, scan: string[]) => (await collect(new FileSource({ cwd, paths: scan, gitignore: false }))).map((f) => f.path).sort();
    expect(await paths(dir, ['pkg'])).toEqual(['pkg/near.txt', 'pkg/sub/deep.txt']);
    expect(await paths(join(dir, 'pkg'), ['.'])).toEqual(['near.txt', 'sub/deep.txt']);
    expect(await paths(join(dir, 'pkg'), ['..'])).toEqual(['../top.txt', 'near.txt', 'sub/deep.txt']);
    expect(await paths(join(dir, 'pkg', 'sub'), ['../..', join(dir, 'pkg')])).toEqual(['../../top.txt', '../near.txt', '../near.txt', 'deep.txt', 'deep.txt']);
  });

  it('scans a file named explicitly even if ignored', async () => {
    put('.gitignore', '*.env\n');
    put('prod.env', 'K=v');
    expect((await collect(new FileSource({ cwd: dir, paths: ['prod.env'] }))).map((f) => f.path)).toEqual(['prod.env']);
  });

  it('skips binaries (NUL byte or extension) and reports each skip', async () => {
    put('blob.dat2', Buffer.from([0x41, 0x00, 0x42]));
    put('logo.png', 'not really a png');
    put('text.txt', 'hello');
    const skips: SkipNotice[] = [];
    const src = new FileSource({ cwd: dir, onSkip: (s) => skips.push(s) });
    expect((await collect(src)).map((f) => f.path)).toEqual(['text.txt']);
    expect(skips.map((s) => s.path).sort()).toEqual(['blob.dat2', 'logo.png']);
    expect(skips.find((s) => s.path === 'blob.dat2')!.reason).toMatch(/binary/);
    expect(src.stats).toEqual({ files: 1, bytes: 5, skipped: 2 });
  });

  it('decodes UTF-16 files with a BOM instead of calling them binary', async () => {
    put('win.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('KEY=value\r\n', 'utf16le')]));
    const [f] = await collect(new FileSource({ cwd: dir }));
    expect(f.text).toBe('KEY=value\r\n');
  });

  it('does not follow symlinks out of the scan root', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'stanch-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'outside');
      mkdirSync(join(dir, 'root'));
      writeFileSync(join(dir, 'root', 'real.txt'), 'inside');
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'root', 'escape.txt'));
      symlinkSync(outside, join(dir, 'root', 'escape-dir'));
      symlinkSync(join(dir, 'root', 'real.txt'), join(dir, 'root', 'alias.txt'));
      const skips: SkipNotice[] = [];
      const frags = await collect(new FileSource({ cwd: dir, paths: ['root'], onSkip: (s) => skips.push(s) }));
      expect(frags.map((f) => f.path).sort()).toEqual(['root/alias.txt', 'root/real.txt']);
      expect(frags.some((f) => f.text === 'outside')).toBe(false);
      expect(skips.map((s) => s.path).sort()).toEqual(['root/escape-dir', 'root/escape.txt']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips files over maxFileSize', async () => {
    put('big.txt', 'x'.repeat(2000));
    const skips: SkipNotice[] = [];
    expect(await collect(new FileSource({ cwd: dir, maxFileSize: 1000, onSkip: (s) => skips.push(s) }))).toEqual([]);
    expect(skips[0].reason).toMatch(/size limit/);
  });

  it('finds a PEM block and a token across a chunk boundary with correct line numbers', async () => {
    const token = fakeToken();
    const pemBody = Array.from({ length: 25 }, () => 'A'.repeat(64)).join('\n');
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`;
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `line ${i} ${'.'.repeat(50)}`).join('\n');
    // chunk 64 KiB: put both things right across the first boundary
    const head = filler(1150); // ~ 66 KB
    const cut = 64 * 1024 - 1000;
    const text = head.slice(0, cut) + '\n' + pem + '\ntoken=' + token + '\n' + head.slice(cut) + '\n';
    put('big.txt', text);
    const frags = await collect(new FileSource({ cwd: dir, wholeFileLimit: 1024, chunkSize: 64 * 1024, chunkOverlap: 8 * 1024 }));
    expect(frags.length).toBeGreaterThan(1);
    for (const f of frags) expect(Buffer.byteLength(f.text)).toBeLessThanOrEqual(64 * 1024);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(frags.some((f) => f.text.includes(pem))).toBe(true);
    expect(locate(frags, pem)[0]).toEqual({ line: lineOf(pem), column: 1 });
    const tokenHits = locate(frags, token);
    expect(tokenHits.length).toBeGreaterThan(0);
    for (const h of tokenHits) expect(h).toEqual({ line: lineOf(token), column: 7 });
  });

  it('chunks a 100 MB single-line file by bytes with bounded fragments and exact columns', async () => {
    const size = 100 * 1024 * 1024;
    const token = fakeToken();
    const file = join(dir, 'minified.js');
    // Write in pieces (the test itself must not hold 100 MB either).
    const fd = openSync(file, 'w');
    const piece = Buffer.alloc(1024 * 1024, 'a');
    const positions = [4 * 1024 * 1024 - 10, 50 * 1024 * 1024 + 3, size - 200]; // across the first boundary, middle, near end
    let written = 0;
    for (let mb = 0; mb < 100; mb++) {
      const buf = Buffer.from(piece);
      for (const p of positions) if (p >= written && p < written + buf.length) buf.write(token, p - written, 'latin1');
      // a token straddling a 1 MB piece boundary is written in two parts
      for (const p of positions) if (p < written && p + token.length > written) buf.write(token.slice(written - p), 0, 'latin1');
      writeSync(fd, buf);
      written += buf.length;
    }
    closeSync(fd);
    let maxLen = 0;
    const hits = new Set<string>();
    for await (const f of new FileSource({ cwd: dir }).fragments()) {
      maxLen = Math.max(maxLen, f.text.length);
      for (const h of locate([f], token)) hits.add(`${h.line}:${h.column}`);
    }
    expect(maxLen).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect([...hits].sort()).toEqual(positions.map((p) => `1:${p + 1}`).sort());
  }, 120_000);
});

describe('chunkByteStream', () => {
  it('keeps UTF-8 characters whole and counts columns in UTF-16 units', async () => {
    const text = 'é'.repeat(3000) + '😀' + 'z'.repeat(10);
    const chunks = [];
    for await (const c of chunkByteStream(Readable.from([Buffer.from(text)]), { chunkSize: 1001, overlap: 100 })) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.text).not.toContain('\uFFFD');
    const last = chunks[chunks.length - 1];
    expect(last.startColumn + last.text.indexOf('z')).toBe(text.indexOf('z') + 1);
  });
});

describe('StreamSource', () => {
  it('reads stdin-like streams as fragments of path "-"', async () => {
    const src = new StreamSource({ input: Readable.from([Buffer.from('a=1\n'), Buffer.from('b=2\n')]) });
    const frags = await collect(src);
    expect(frags).toEqual([{ text: 'a=1\nb=2\n', path: '-', startLine: 1 }]);
    expect(src.stats.bytes).toBe(8);
  });
});
