import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from '../../src/baseline/baseline.js';
import { makeFinding } from '../reporters/helpers.js';

describe('baseline file', () => {
  it('is sorted, deduplicated, one entry per line, with redacted hints only', () => {
    const a = makeFinding({ path: 'z.env', fingerprint: 'fp-z' });
    const b = makeFinding({ path: 'a.env', fingerprint: 'fp-a' });
    const text = serializeBaseline(createBaseline([a, b, { ...a }]));
    expect(text).not.toContain(a.secret);
    expect(text).not.toContain(b.secret);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "version": 1,');
    const entryLines = lines.filter((l) => l.includes('"fingerprint"'));
    expect(entryLines).toHaveLength(2);
    expect(entryLines[0]).toMatch(/^ {4}\{"fingerprint":"fp-a","ruleId":"github-pat","path":"a.env","hint":"ghp_\*+"\},$/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('serializes the same findings identically whatever their order', () => {
    const fs = [makeFinding({ fingerprint: '1' }), makeFinding({ fingerprint: '2', path: 'b' }), makeFinding({ fingerprint: '3', path: 'a' })];
    const one = serializeBaseline(createBaseline(fs));
    const two = serializeBaseline(createBaseline([...fs].reverse()));
    expect(one).toBe(two);
  });

  it('round-trips through parseBaseline', () => {
    const b = createBaseline([makeFinding(), makeFinding({ path: 'x' })]);
    expect(parseBaseline(serializeBaseline(b), 'b.json')).toEqual(b);
    expect(parseBaseline(serializeBaseline(createBaseline([])), 'b.json').entries).toEqual([]);
  });

  it('names the file and field in parse errors', () => {
    expect(() => parseBaseline('{', 'base.json')).toThrow(/^base\.json: not valid JSON/);
    expect(() => parseBaseline('{"version":2,"entries":[]}', 'base.json')).toThrow(/base\.json: field "version"/);
    expect(() => parseBaseline('{"version":1,"entries":[{"ruleId":"x","path":"p"}]}', 'base.json')).toThrow(
      /base\.json: entries\[0\]\.fingerprint must be a non-empty string/,
    );
  });

  it('suppresses known findings and reports stale entries', () => {
    const known = makeFinding({ fingerprint: 'known' });
    const fixed = makeFinding({ fingerprint: 'fixed', path: 'gone.env' });
    const baseline = createBaseline([known, fixed]);
    const fresh = makeFinding({ fingerprint: 'new' });
    const r = applyBaseline([known, fresh], baseline);
    expect(r.findings).toEqual([fresh]);
    expect(r.suppressed).toBe(1);
    expect(r.stale.map((e) => e.fingerprint)).toEqual(['fixed']);
  });
});
