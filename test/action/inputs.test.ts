import { describe, it, expect } from 'vitest';
import { parseScanMode, parseFailPolicy, parseBoolean, parseSarifPath, parseInputs, parseOptionalPath } from '../../src/entry/action/inputs.js';
import { StanchError } from '../../src/model/errors.js';

describe('action inputs', () => {
  it('defaults every input when nothing is set (zero configuration)', () => {
    const inputs = parseInputs(() => '');
    expect(inputs).toMatchObject({
      scan: { kind: 'auto' },
      failOn: 'high',
      prComment: true,
      sarifPath: 'stanch.sarif',
      reportPath: 'stanch-report.json',
      redact: true,
      workingDirectory: '.',
      auditCache: true,
    });
    expect(inputs.configPath).toBeUndefined();
    expect(inputs.baselinePath).toBeUndefined();
  });

  it('parses scan modes: auto, all and ranges', () => {
    expect(parseScanMode('auto')).toEqual({ kind: 'auto' });
    expect(parseScanMode(' all ')).toEqual({ kind: 'all' });
    expect(parseScanMode('main..HEAD')).toEqual({ kind: 'range', head: 'HEAD', exclude: ['main'], text: 'main..HEAD' });
    expect(parseScanMode('v1.0..')).toEqual({ kind: 'range', head: 'HEAD', exclude: ['v1.0'], text: 'v1.0..HEAD' });
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    expect(parseScanMode(`${a}..${b}`)).toMatchObject({ head: b, exclude: [a] });
  });

  it('refuses ranges git could read as options or that are not ranges', () => {
    for (const bad of ['--all..HEAD', 'main...HEAD', 'HEAD', '..HEAD', 'a..b..c', 'main..$(id)']) {
      expect(() => parseScanMode(bad), bad).toThrow(StanchError);
    }
    expect(() => parseScanMode('HEAD')).toThrow(/input 'scan'/);
  });

  it('parses fail-on severities and never', () => {
    expect(parseFailPolicy('')).toBe('high');
    expect(parseFailPolicy('CRITICAL')).toBe('critical');
    expect(parseFailPolicy('low')).toBe('low');
    expect(parseFailPolicy('never')).toBe('never');
    expect(() => parseFailPolicy('severe')).toThrow(/input 'fail-on': "severe" is not valid/);
  });

  it('parses booleans the way the Actions toolkit does', () => {
    expect(parseBoolean('pr-comment', 'False', true)).toBe(false);
    expect(parseBoolean('pr-comment', '', true)).toBe(true);
    expect(() => parseBoolean('pr-comment', 'yes', true)).toThrow(/'true' or 'false'/);
  });

  it('turns sarif off with false and keeps paths', () => {
    expect(parseSarifPath('false')).toBeUndefined();
    expect(parseSarifPath('out/x.sarif')).toBe('out/x.sarif');
    expect(() => parseOptionalPath('config', 'a\nb')).toThrow(/input 'config'/);
  });

  it('never echoes the token in an error', () => {
    const get = (n: string) => (n === 'fail-on' ? 'bogus' : n === 'token' ? 'tok-value' : '');
    expect(() => parseInputs(get)).toThrow(/fail-on/);
    try {
      parseInputs(get);
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('tok-value');
    }
  });
});
