import * as util from 'node:util';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { StanchError } from '../../src/model/errors.js';
import { dotenvValue, formatEnvFile, parseDockerEnvFile, parseDotenv } from '../../src/inject/env-file.js';
import { fake, trickyValues } from './helpers.js';

const parseFast = (text: string) => (dotenv.parse as (s: string, o?: { fast?: boolean }) => Record<string, string>)(text, { fast: true });

function errorOf(fn: () => unknown): StanchError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StanchError);
    return e as StanchError;
  }
  throw new Error('expected an error');
}

describe('dotenv format', () => {
  it('reads back exactly with the dotenv package (both parsers) for tricky values', () => {
    const values = trickyValues();
    delete (values as Record<string, string>).BOTH_QUOTES_AND_BACKTICK;
    const entries = Object.entries(values).map(([name, value]) => ({ name, value }));
    const text = formatEnvFile(entries, 'dotenv');
    expect(dotenv.parse(text)).toEqual(values);
    expect(parseFast(text)).toEqual(values);
    expect(Object.fromEntries(parseDotenv(text, 'x.env').map((e) => [e.name, e.value]))).toEqual(values);
  });

  // Node's own parser (node --env-file, util.parseEnv, Node >= 20.12) expands \n but not \r in "…".
  it.skipIf(typeof (util as { parseEnv?: unknown }).parseEnv !== 'function')('reads back with Node\'s parseEnv too, except carriage returns', () => {
    const values = Object.fromEntries(Object.entries(trickyValues()).filter(([, v]) => !v.includes('\r')));
    const text = formatEnvFile(Object.entries(values).map(([name, value]) => ({ name, value })), 'dotenv');
    expect((util as unknown as { parseEnv(s: string): Record<string, string> }).parseEnv(text)).toEqual(values);
  });

  it('reads back exactly for random values from a hostile alphabet, or refuses them by name', () => {
    const alphabet = ['a', 'Z', '0', ' ', '\t', '#', '=', "'", '"', '`', '\\', 'n', 'r', '\n', '\r', '$', '{', '}', 'é', '🔑', ':', 'export '];
    let written = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(Math.random() * 12);
      let v = '';
      for (let j = 0; j < len; j++) v += alphabet[Math.floor(Math.random() * alphabet.length)];
      let text: string;
      try {
        text = formatEnvFile([{ name: 'V', value: v }, { name: 'NEXT', value: 'after' }], 'dotenv');
      } catch (e) {
        refused++;
        expect((e as Error).message).toMatch(/^V: /);
        continue;
      }
      written++;
      expect(dotenv.parse(text), JSON.stringify(v)).toEqual({ V: v, NEXT: 'after' });
      expect(parseFast(text), JSON.stringify(v)).toEqual({ V: v, NEXT: 'after' });
    }
    // Most values fit one of the three quotings; only mixes of all quotes and backslashes are refused.
    expect(written).toBeGreaterThan(refused * 3);
  });

  it('refuses a value no dotenv quoting can carry, naming the variable but not the value', () => {
    const secret = fake('mix');
    const err = errorOf(() => dotenvValue('MIXED', `'"\`${secret}`));
    expect(err.message).toMatch(/^MIXED: /);
    expect(err.message).not.toContain(secret);
  });

  it('refuses NUL bytes and broken Unicode', () => {
    expect(errorOf(() => formatEnvFile([{ name: 'N', value: 'a\0b' }], 'dotenv')).message).toMatch(/^N: .*NUL/);
    expect(errorOf(() => formatEnvFile([{ name: 'U', value: 'a\uD800b' }], 'dotenv')).message).toMatch(/^U: .*Unicode/);
  });
});

describe('docker format', () => {
  it('reads back exactly by docker --env-file rules for every single-line tricky value', () => {
    const values = Object.fromEntries(Object.entries(trickyValues()).filter(([, v]) => !/[\r\n]/.test(v)));
    const text = formatEnvFile(Object.entries(values).map(([name, value]) => ({ name, value })), 'docker');
    const parsed = parseDockerEnvFile(text);
    expect(Object.fromEntries(parsed.map((p) => [p.name, p.value]))).toEqual(values);
    // Quotes are NOT removed by docker: the value with quotes is written raw.
    expect(text).toContain(`DOUBLE_QUOTES=${values.DOUBLE_QUOTES}\n`);
  });

  it('rejects a multi-line value with an error naming the variable, never the value', () => {
    const secret = fake('pem');
    const err = errorOf(() => formatEnvFile([{ name: 'OK', value: 'x' }, { name: 'TLS_KEY', value: `a\n${secret}` }], 'docker'));
    expect(err.message).toMatch(/^TLS_KEY: .*several lines.*--format dotenv/);
    expect(err.message).not.toContain(secret);
    expect(errorOf(() => formatEnvFile([{ name: 'CR', value: `a\r${secret}` }], 'docker')).message).toMatch(/^CR: /);
  });

  it('rejects lines longer than docker reads (64 KiB)', () => {
    expect(errorOf(() => formatEnvFile([{ name: 'BIG', value: 'x'.repeat(70_000) }], 'docker')).message).toMatch(/^BIG: .*64 KiB/);
  });

  it('parses like docker: comments only at line start, leading space of the line dropped, value kept raw', () => {
    const parsed = parseDockerEnvFile('# c\n  A= v # x\nB="q"\r\n\nC\n');
    expect(parsed).toEqual([
      { name: 'A', value: ' v # x' },
      { name: 'B', value: '"q"' },
      { name: 'C', value: undefined },
    ]);
  });
});

describe('parseDotenv (secrets import)', () => {
  it('follows dotenv: export prefix, comments, quotes, multi-line, \\n in double quotes only', () => {
    const text = [
      '# comment',
      'export A=plain value # comment',
      "B='single # kept'",
      'C="two\\nlines"',
      "D='raw\\n'",
      'E="multi',
      'line"',
      'F=',
      '',
    ].join('\n');
    const got = parseDotenv(text, 'in.env');
    expect(got.map((e) => [e.name, e.value, e.line])).toEqual([
      ['A', 'plain value', 2],
      ['B', 'single # kept', 3],
      ['C', 'two\nlines', 4],
      ['D', 'raw\\n', 5],
      ['E', 'multi\nline', 6],
      ['F', '', 8],
    ]);
    const dot = dotenv.parse(text);
    for (const e of got) expect(dot[e.name]).toBe(e.value);
  });

  it('names file:line for a malformed line', () => {
    expect(() => parseDotenv('A=1\nnot a pair\n', 'in.env')).toThrow(/^in\.env:2: expected NAME=value/);
  });
});
