import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.js';
import { base62, crc32 } from './formats.js';
import { scoreFindings } from './score.js';

const corpus = buildCorpus(1);
const positives = corpus.labels.filter((l) => l.secret);
const negatives = corpus.labels.filter((l) => !l.secret);
const lineOf = (path: string, line: number) => corpus.files.find((f) => f.path === path)?.text.split('\n')[line - 1] ?? '';

describe('buildCorpus', () => {
  it('plants 300+ true secrets across 40+ families and 600+ hard negatives', () => {
    expect(positives.length).toBeGreaterThanOrEqual(300);
    expect(new Set(positives.map((l) => l.kind)).size).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(600);
  });

  it('is byte-identical for the same seed and different for another', () => {
    expect(JSON.stringify(buildCorpus(1))).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(buildCorpus(2).files)).not.toBe(JSON.stringify(corpus.files));
  });

  it('keeps values out of the labels', () => {
    for (const l of corpus.labels) expect(Object.keys(l).sort()).toEqual(['endLine', 'kind', 'line', 'path', 'secret']);
  });

  it('puts every file at a unique relative path', () => {
    const paths = corpus.files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p.startsWith('/') || p.includes('..')).toBe(false);
  });

  it('gives planted GitHub and npm tokens a valid CRC32 and the hard negatives a wrong one', () => {
    const valid = (t: string) => t.slice(-6) === base62(crc32(t.slice(4, -6)), 6);
    let checked = 0;
    for (const l of corpus.labels) {
      const m = /\b(?:ghp|gho|npm)_[A-Za-z0-9]{36}\b/.exec(lineOf(l.path, l.line));
      if (!m) continue;
      checked++;
      expect(valid(m[0]), `${l.kind} at ${l.path}:${l.line}`).toBe(l.secret);
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('labels multi-line private keys from BEGIN to END', () => {
    const keys = positives.filter((l) => l.kind.startsWith('private-key-') && l.endLine > l.line);
    expect(keys.length).toBeGreaterThan(0);
    for (const l of keys) {
      expect(lineOf(l.path, l.line)).toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
      expect(lineOf(l.path, l.endLine)).toMatch(/-----END [A-Z ]*PRIVATE KEY-----/);
    }
  });
});

describe('scoreFindings', () => {
  const labels = [
    { path: 'a.env', line: 2, endLine: 2, kind: 'github-pat', secret: true },
    { path: 'a.env', line: 4, endLine: 9, kind: 'private-key-rsa', secret: true },
    { path: 'a.env', line: 11, endLine: 11, kind: 'uuid', secret: false },
  ];

  it('counts one true positive per label and ignores repeats', () => {
    const s = scoreFindings(labels, [
      { path: 'a.env', startLine: 2 },
      { path: 'a.env', startLine: 2, ruleId: 'generic' },
      { path: 'a.env', startLine: 4, endLine: 9 },
    ]);
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('names false positives by the negative kind they hit, once per location', () => {
    const s = scoreFindings(labels, [
      { path: 'a.env', startLine: 11, ruleId: 'r1' },
      { path: 'a.env', startLine: 11, ruleId: 'r2' },
      { path: 'b.txt', startLine: 1, ruleId: 'r1' },
    ]);
    expect(s.fp).toBe(2);
    expect(s.fpKinds).toEqual({ uuid: 1, unlabelled: 1 });
    expect(s.fnKinds).toEqual({ 'github-pat': 1, 'private-key-rsa': 1 });
    expect(s.recall).toBe(0);
  });

  it('credits a finding inside a multi-line key to that key', () => {
    const s = scoreFindings(labels, [{ path: 'a.env', startLine: 6 }]);
    expect(s.perFamily['private-key-rsa']).toEqual({ planted: 1, found: 1, recall: 1 });
  });
});
