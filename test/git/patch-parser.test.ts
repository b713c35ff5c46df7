import { describe, it, expect } from 'vitest';
import { PatchParser, parseHunkHeader, unquoteGitPath, pathFromDiffGit, type PatchEvent, type AddedLines } from '../../src/git/patch-parser.js';

const M = '\x1e';
const S = '\x1f';
const marker = (sha: string, parents = '') => `${M}${sha}${S}${parents}${S}Ada${S}ada@example.test${S}2024-01-02T03:04:05+00:00${S}subject`;

function parse(text: string, maxPieceChars?: number): PatchEvent[] {
  const p = new PatchParser({ maxPieceChars });
  for (const l of text.split('\n')) p.push(l);
  p.end();
  return p.out;
}
const added = (evs: PatchEvent[]) => evs.filter((e): e is AddedLines => e.kind === 'added');

describe('PatchParser on raw git output', () => {
  it('keeps added lines with their new-file line numbers and the commit', () => {
    const evs = parse(
      [marker('a'.repeat(40)), '', 'diff --git a/src/x.ts b/src/x.ts', 'index 1..2 100644', '--- a/src/x.ts', '+++ b/src/x.ts',
        '@@ -2 +2,2 @@ fn', '-old', '+new one', '+new two', '@@ -10,0 +12 @@', '+later'].join('\n'),
    );
    const [a] = added(evs);
    expect(a!.path).toBe('src/x.ts');
    expect(a!.lines).toEqual(['new one', 'new two', 'later']);
    expect(a!.lineNumbers).toEqual([2, 3, 12]);
    expect(a!.commit?.sha).toBe('a'.repeat(40));
    expect(a!.commit?.date).toBe('2024-01-02T03:04:05+00:00');
  });

  it('reads an added line that looks like a header as content (hunks are read by count)', () => {
    const evs = parse(['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -0,0 +1,3 @@', '+++ b/evil', '+diff --git a/q b/q', '+@@ -1 +1 @@'].join('\n'));
    expect(added(evs)[0]!.lines).toEqual(['++ b/evil', 'diff --git a/q b/q', '@@ -1 +1 @@']);
    expect(added(evs)[0]!.path).toBe('f');
  });

  it('scans only the lines of a combined merge diff that are new against every parent', () => {
    const evs = parse(
      [marker('m'.repeat(40), 'p1 p2'), '', 'diff --cc f', 'index af70335,f637a7f..8510e3f', '--- a/f', '+++ b/f',
        '@@@ -2,1 -2,1 +2,3 @@@', '- MAIN', ' -BR', '++RESOLVED', '++new line', ' +from branch two'].join('\n'),
    );
    const [a] = added(evs);
    expect(a!.lines).toEqual(['RESOLVED', 'new line']);
    expect(a!.lineNumbers).toEqual([2, 3]);
  });

  it('skips binary files and submodules and notes LFS pointers', () => {
    const evs = parse(
      ['diff --git a/img.png b/img.png', 'new file mode 100644', 'index 0000000..1111111', 'Binary files /dev/null and b/img.png differ',
        'diff --git a/sub b/sub', 'new file mode 160000', 'index 0000000..2222222', '--- /dev/null', '+++ b/sub', '@@ -0,0 +1 @@', '+Subproject commit 2222222222222222222222222222222222222222',
        'diff --git a/big.bin b/big.bin', '--- /dev/null', '+++ b/big.bin', '@@ -0,0 +1,3 @@', '+version https://git-lfs.github.com/spec/v1', '+oid sha256:abc', '+size 12'].join('\n'),
    );
    const skipped = evs.filter((e) => e.kind === 'skipped').map((e) => [(e as { path: string }).path, (e as { reason: string }).reason]);
    expect(skipped).toEqual([['img.png', 'binary'], ['sub', 'submodule'], ['big.bin', 'lfs-pointer']]);
    expect(added(evs).map((a) => a.path)).toEqual(['big.bin']);
  });

  it('uses the new name of a renamed file, unquotes C-quoted paths and strips CR', () => {
    const evs = parse(
      ['diff --git a/old.txt "b/n\\303\\244w dir/x.txt"', 'similarity index 90%', 'rename from old.txt', 'rename to "n\\303\\244w dir/x.txt"',
        '--- a/old.txt', '+++ "b/n\\303\\244w dir/x.txt"', '@@ -1 +1 @@', '-a\r', '+b\r', '\\ No newline at end of file',
        'diff --git a/gone b/gone', 'deleted file mode 100644', '--- a/gone', '+++ /dev/null', '@@ -1 +0,0 @@', '-x'].join('\n'),
    );
    expect(added(evs)).toHaveLength(1);
    expect(added(evs)[0]!.path).toBe('näw dir/x.txt');
    expect(added(evs)[0]!.lines).toEqual(['b']);
  });

  it('splits a large file into overlapping pieces that keep their line numbers', () => {
    const body = Array.from({ length: 100 }, (_, i) => `+line ${i}`).join('\n');
    const evs = parse(['diff --git a/f b/f', '--- /dev/null', '+++ b/f', '@@ -0,0 +1,100 @@', body].join('\n'), 200);
    const pieces = added(evs);
    expect(pieces.length).toBeGreaterThan(3);
    expect([...new Set(pieces.flatMap((p) => p.lineNumbers))]).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    for (const p of pieces) expect(p.lines).toEqual(p.lineNumbers.map((n) => `line ${n - 1}`));
    // Consecutive pieces share their boundary lines, so a multi-line value is whole in one of them.
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.lineNumbers[0]).toBeLessThanOrEqual(pieces[i - 1]!.lineNumbers.at(-1)!);
  });
});

describe('small parsers', () => {
  it('parses hunk headers, including combined ones', () => {
    expect(parseHunkHeader('@@ -3 +4,2 @@ ctx')).toEqual({ parents: 1, oldRemaining: [1], newRemaining: 2, newLine: 4 });
    expect(parseHunkHeader('@@@ -1,2 -3,0 +5,6 @@@')).toEqual({ parents: 2, oldRemaining: [2, 0], newRemaining: 6, newLine: 5 });
    expect(parseHunkHeader('@@ nonsense')).toBeUndefined();
  });
  it('unquotes git paths and reads diff --git names', () => {
    expect(unquoteGitPath('"a\\tb\\"c\\\\"')).toBe('a\tb"c\\');
    expect(unquoteGitPath('plain')).toBe('plain');
    expect(pathFromDiffGit('a/with space b/with space')).toBe('with space');
    expect(pathFromDiffGit('a/x b/y')).toBe('y');
  });
});

describe('git command arguments', () => {
  it('pins the output format whatever the user config says, and never lets a range become an option', async () => {
    const { logPatchArgs, diffCachedArgs } = await import('../../src/git/commands.js');
    const args = logPatchArgs({ revisions: ['main..HEAD'], since: '2 weeks ago' });
    expect(args).toEqual(expect.arrayContaining(['--cc', '--root', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--since=2 weeks ago']));
    expect(args.slice(-3)).toEqual(['--end-of-options', 'main..HEAD', '--']);
    expect(logPatchArgs({})).toContain('--all');
    expect(logPatchArgs({ stdin: true })).toEqual(expect.arrayContaining(['--no-walk=unsorted', '--stdin']));
    expect(() => logPatchArgs({ revisions: ['--output=/tmp/x'] })).toThrow(/invalid range/);
    expect(diffCachedArgs()).toEqual(expect.arrayContaining(['diff', '--cached', '-U0']));
  });
});
