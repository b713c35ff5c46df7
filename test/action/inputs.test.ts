import { describe, it, expect } from 'vitest';
import {
  parseScanMode,
  parseFailPolicy,
  parseBoolean,
  parseSarifPath,
  parseInputs,
  parseOptionalPath,
  parseActionMode,
  parseRotateLeaked,
  parseVaultMethod,
  parseVaultAddr,
  parseAuditLog,
  parseStoreInputs,
  maskSecretInputs,
} from '../../src/entry/action/inputs.js';
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

  it('defaults to scan mode with rotation off and Vault token auth', () => {
    const inputs = parseInputs(() => '');
    expect(inputs.mode).toBe('scan');
    expect(inputs.rotation).toEqual({ rotateLeaked: 'off', configPath: undefined });
    expect(inputs.deploy).toEqual({ secrets: '', exportEnv: true, outputs: false });
    expect(inputs.stores).toMatchObject({ vaultMethod: 'token', envPrefix: '' });
    expect(inputs.stores.vaultAddr).toBeUndefined();
    expect(inputs.stores.auditLog).toBeUndefined();
  });

  it('parses mode, rotate-leaked and vault-method, and names what is allowed', () => {
    expect(parseActionMode('Deploy')).toBe('deploy');
    expect(parseActionMode('')).toBe('scan');
    expect(() => parseActionMode('inject')).toThrow(`input 'mode': "inject" is not valid; expected 'scan' or 'deploy'`);
    expect(parseRotateLeaked('true')).toBe('on');
    expect(parseRotateLeaked('false')).toBe('off');
    expect(parseRotateLeaked('dry-run')).toBe('dry-run');
    expect(() => parseRotateLeaked('plan')).toThrow(/input 'rotate-leaked'/);
    expect(parseVaultMethod('JWT')).toBe('jwt');
    expect(parseVaultMethod('')).toBe('token');
    expect(() => parseVaultMethod('github')).toThrow(`input 'vault-method': "github" is not valid; expected 'token', 'approle' or 'jwt'`);
  });

  it('accepts only plain http(s) Vault addresses', () => {
    expect(parseVaultAddr('https://vault.example.com:8200/')).toBe('https://vault.example.com:8200');
    expect(parseVaultAddr('')).toBeUndefined();
    for (const bad of ['vault.example.com', 'ftp://vault', 'https://user:pw@vault.example.com', 'https://vault?x=1']) {
      expect(() => parseVaultAddr(bad), bad).toThrow(/input 'vault-addr'/);
    }
  });

  it('turns the audit log off with off, keeps a path, defaults when empty', () => {
    expect(parseAuditLog('off')).toBe(false);
    expect(parseAuditLog('')).toBeUndefined();
    expect(parseAuditLog('logs/audit.jsonl')).toBe('logs/audit.jsonl');
  });

  it('asks for what each Vault auth method needs', () => {
    const get = (values: Record<string, string>) => (n: string) => values[n] ?? '';
    expect(() => parseStoreInputs(get({ 'vault-method': 'jwt' }))).toThrow(`input 'vault-role': required with vault-method: jwt`);
    expect(() => parseStoreInputs(get({ 'vault-method': 'approle' }))).toThrow(`input 'vault-role-id': required with vault-method: approle`);
    expect(parseStoreInputs(get({ 'vault-method': 'jwt', 'vault-role': 'deploy', 'vault-jwt-audience': 'vault' }))).toMatchObject({
      vaultMethod: 'jwt',
      vaultRole: 'deploy',
      vaultJwtAudience: 'vault',
    });
    expect(() => parseStoreInputs(get({ 'env-prefix': 'A-B' }))).toThrow(/input 'env-prefix'/);
  });

  it('requires secrets in deploy mode and refuses inputs of the other mode', () => {
    const get = (values: Record<string, string>) => (n: string) => values[n] ?? '';
    expect(() => parseInputs(get({ mode: 'deploy' }))).toThrow(/input 'secrets': required with mode: deploy/);
    expect(() => parseInputs(get({ secrets: 'A: env://B' }))).toThrow(/input 'secrets': only used with mode: deploy/);
    expect(() => parseInputs(get({ mode: 'deploy', secrets: 'A: env://B', 'rotate-leaked': 'true' }))).toThrow(/input 'rotate-leaked': only used with mode: scan/);
    expect(() => parseInputs(get({ mode: 'deploy', secrets: 'A: env://B', 'export-env': 'false' }))).toThrow(/the secrets would go nowhere/);
    const deploy = parseInputs(get({ mode: 'deploy', secrets: 'A: env://B', 'export-env': 'false', outputs: 'true' }));
    expect(deploy.deploy).toEqual({ secrets: 'A: env://B', exportEnv: false, outputs: true });
  });

  it('masks every line of every credential input before parsing, and never echoes one in an error', () => {
    const token = ['hvs', 'x'.repeat(24)].join('.');
    const age = ['AGE-SECRET-KEY-1', 'Q'.repeat(58)].join('');
    const values: Record<string, string> = { 'vault-token': token, 'sops-age-key': `# created: today\n${age}\n`, 'vault-method': 'bogus' };
    const masked: string[] = [];
    maskSecretInputs((n) => values[n] ?? '', (s) => masked.push(s));
    expect(masked).toContain(token);
    expect(masked).toContain(age);
    try {
      parseInputs((n) => values[n] ?? '');
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/vault-method/);
      expect((e as Error).message).not.toContain(token);
    }
  });
});
