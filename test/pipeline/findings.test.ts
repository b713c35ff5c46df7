import { describe, expect, it } from 'vitest';
import { dedupeFindings, shiftColumns, sortFindings } from '../../src/pipeline/findings.js';
import { makeFinding } from '../reporters/helpers.js';

describe('pipeline finding steps', () => {
  it('shifts columns on the first line of a mid-line chunk only', () => {
    const a = makeFinding({ startLine: 1, endLine: 1, startColumn: 5, endColumn: 20 });
    const b = makeFinding({ startLine: 2, endLine: 2, startColumn: 5, endColumn: 20 });
    const c = makeFinding({ startLine: 1, endLine: 3, startColumn: 7, endColumn: 4 });
    shiftColumns([a, b, c], { startLine: 1, startColumn: 101 });
    expect([a.startColumn, a.endColumn]).toEqual([105, 120]);
    expect([b.startColumn, b.endColumn]).toEqual([5, 20]);
    expect([c.startColumn, c.endColumn]).toEqual([107, 4]);
  });

  it('shifts the columns of a composite finding\'s required matches on that line too', () => {
    const place = (startLine: number, startColumn: number) => ({ ruleId: 'aux', startLine, endLine: startLine, startColumn, endColumn: startColumn + 9, secret: '' });
    const f = makeFinding({ startLine: 1, endLine: 1, startColumn: 5, endColumn: 20, required: [place(1, 30), place(2, 3)] });
    shiftColumns([f], { startLine: 1, startColumn: 101 });
    expect(f.required!.map((r) => [r.startColumn, r.endColumn])).toEqual([
      [130, 139],
      [3, 12],
    ]);
  });

  it('keeps the longest match at a position (a chunk can end inside a token)', () => {
    const full = makeFinding();
    const truncated = { ...full, match: full.match.slice(0, 20), secret: full.secret.slice(0, 12) };
    expect(dedupeFindings([truncated, full, { ...full }])).toEqual([full]);
  });

  it('sorts by path, line, column, rule', () => {
    const fs = [
      makeFinding({ path: 'b', startLine: 1 }),
      makeFinding({ path: 'a', startLine: 9 }),
      makeFinding({ path: 'a', startLine: 2, startColumn: 5, ruleId: 'z' }),
      makeFinding({ path: 'a', startLine: 2, startColumn: 5, ruleId: 'a' }),
    ];
    expect(sortFindings([...fs]).map((f) => `${f.path}:${f.startLine}:${f.ruleId}`)).toEqual(['a:2:a', 'a:2:z', 'a:9:github-pat', 'b:1:github-pat']);
  });
});
