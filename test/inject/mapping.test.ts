import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../src/inject/mapping.js';

describe('parseMapping', () => {
  it('reads YAML NAME: uri with line numbers', () => {
    const m = parseMapping('# deploy secrets\nDB_PASSWORD: vault://secret/app/db#password\n\nAPI_KEY: "sops://deploy/s.enc.yaml#api.key"\n', 'm.yaml');
    expect(m.map((e) => [e.name, e.uri, e.line, e.ref.scheme, e.ref.key])).toEqual([
      ['DB_PASSWORD', 'vault://secret/app/db#password', 2, 'vault', 'password'],
      ['API_KEY', 'sops://deploy/s.enc.yaml#api.key', 4, 'sops', 'api.key'],
    ]);
  });

  it('reads .env-like NAME=uri lines (with export and quotes)', () => {
    const m = parseMapping('A=env://X\nexport B = "vault://secret/a?version=2#k"\n', 'm.env');
    expect(m.map((e) => [e.name, e.uri, e.line, e.ref.version])).toEqual([
      ['A', 'env://X', 1, undefined],
      ['B', 'vault://secret/a?version=2#k', 2, 2],
    ]);
  });

  it('names file:line for a bad variable name', () => {
    expect(() => parseMapping('GOOD: env://A\n9BAD: env://B\n', 'm.yaml')).toThrow(/^m\.yaml:2: "9BAD" is not a valid variable name/);
    expect(() => parseMapping('A-B=env://X\n', 'm.env')).toThrow(/^m\.env:1: "A-B" is not a valid variable name/);
  });

  it('names file:line for a duplicate, a bad URI, a non-string value and broken YAML', () => {
    expect(() => parseMapping('A: env://X\nA: env://Y\n', 'm.yaml')).toThrow(/^m\.yaml:2: A is mapped twice \(first at line 1\)/);
    expect(() => parseMapping('A: env://X\nB: not-a-uri\n', 'm.yaml')).toThrow(/^m\.yaml:2: B: store URI "not-a-uri"/);
    expect(() => parseMapping('A: env://X\nB: [1, 2]\n', 'm.yaml')).toThrow(/^m\.yaml:2: B: the value must be a store URI/);
    expect(() => parseMapping('A: env://X\n  B: : :\n', 'm.yaml')).toThrow(/^m\.yaml:\d+: not a valid mapping/);
    expect(() => parseMapping('# only comments\n', 'm.yaml')).toThrow(/^m\.yaml: the mapping is empty/);
    expect(() => parseMapping('- env://X\n', 'm.yaml')).toThrow(/^m\.yaml:1: expected a mapping/);
  });
});
