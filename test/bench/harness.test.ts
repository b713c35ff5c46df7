import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plantedRecall, readGitleaks, readStanch } from '../../scripts/bench/lib/findings.mjs';
import { writeBenchmarks } from '../../scripts/bench/lib/markdown.mjs';
import { percentile } from '../../scripts/bench/lib/stats.mjs';

const dirs: string[] = [];
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'stanch-bench-test-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('bench report readers', () => {
  it('reads gitleaks findings with paths relative to the scanned root', () => {
    const d = tmp();
    const f = path.join(d, 'gl.json');
    fs.writeFileSync(f, JSON.stringify([{ File: path.join(d, 'src/a.ts'), StartLine: 3, EndLine: 4, RuleID: 'github-pat', Commit: '' }]));
    expect(readGitleaks(f, d)).toEqual([{ path: 'src/a.ts', startLine: 3, endLine: 4, ruleId: 'github-pat', commit: undefined }]);
  });

  it('reads stanch findings from an array or a {findings} object, commit as sha', () => {
    const d = tmp();
    const f = path.join(d, 's.json');
    const row = { path: './x/.env', startLine: 2, endLine: 2, ruleId: 'aws-access-key-id', commit: { sha: 'abc' } };
    fs.writeFileSync(f, JSON.stringify([row]));
    expect(readStanch(f, d)[0]).toEqual({ path: 'x/.env', startLine: 2, endLine: 2, ruleId: 'aws-access-key-id', commit: 'abc' });
    fs.writeFileSync(f, JSON.stringify({ findings: [row] }));
    expect(readStanch(f, d)).toHaveLength(1);
  });

  it('counts a planted secret as found only at its path, line and commit', () => {
    const planted = [
      { path: 'a.ts', line: 5, kind: 'github', commit: 'c1' },
      { path: 'b.pem', line: 1, kind: 'pem', commit: 'c2', secret: ['-----BEGIN', 'body', '-----END'].join('\n') },
    ];
    // the PEM finding starts on the body line (2), inside the planted BEGIN..END block (1..3)
    const r = plantedRecall(planted, [{ path: 'a.ts', startLine: 5, commit: 'c9' }, { path: 'b.pem', startLine: 2, endLine: 2, commit: 'c2' }], { needCommit: true });
    expect(r).toMatchObject({ planted: 2, found: 1, missed: { github: 1 } });
  });
});

describe('percentile', () => {
  it('interpolates between ranks', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('writeBenchmarks', () => {
  it('replaces only measured sections, keeps hand-written text and copies bench-notes verbatim', () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'bench-notes'));
    fs.writeFileSync(path.join(root, 'bench-notes/regex.md'), '## Regex engines\n\nre2 native: fast.\n');
    writeBenchmarks(root, ['accuracy', 'tree'], { accuracy: 'ACC-1', tree: 'TREE-1' }, 'run 1');
    const first = fs.readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8');
    fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), 'Intro by the lead.\n\n' + first + '\nOutro by the lead.\n');
    writeBenchmarks(root, ['accuracy', 'tree'], { tree: 'TREE-2' }, 'run 2');
    const text = fs.readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8');
    expect(text).toContain('Intro by the lead.');
    expect(text).toContain('Outro by the lead.');
    expect(text).toContain('ACC-1');
    expect(text).toContain('TREE-2');
    expect(text).not.toContain('TREE-1');
    expect(text).toContain('re2 native: fast.');
    expect(text.match(/Regex engines/g)).toHaveLength(1);
  });
});
