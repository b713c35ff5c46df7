import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actorFrom, auditSettings, buildStoreSettings, defaultAuditLogPath } from '../../src/entry/cli/store-options.js';
import { fake } from './helpers.js';

const home = mkdtempSync(join(tmpdir(), 'stanch-opts-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('CLI store options', () => {
  it('builds vault, sops and env options from the environment', () => {
    const token = fake('tok');
    const keyFile = join(home, 'keys.txt');
    writeFileSync(keyFile, '# created: synthetic\nAGE-SECRET-KEY-PLACEHOLDER\n');
    const s = buildStoreSettings(
      { HOME: home, VAULT_ADDR: 'https://vault.test:8200', VAULT_TOKEN: token, VAULT_NAMESPACE: 'team', SOPS_AGE_KEY_FILE: keyFile, STANCH_ENV_PREFIX: 'APP_', STANCH_CACHE_TTL: '30' },
      {},
      '/work/dir',
    );
    expect(s.stores.vault).toEqual({ address: 'https://vault.test:8200', auth: { method: 'token', token }, namespace: 'team' });
    expect(s.stores.sops).toMatchObject({ baseDir: '/work/dir', ageIdentities: [expect.stringContaining('AGE-SECRET-KEY-PLACEHOLDER')] });
    expect(s.stores.env?.prefix).toBe('APP_');
    expect(s.stores.cacheTtlMs).toBe(30_000);
  });

  it('uses AppRole when VAULT_ROLE_ID is set, and no vault at all without VAULT_ADDR', () => {
    expect(buildStoreSettings({ HOME: home, VAULT_ADDR: 'http://v', VAULT_ROLE_ID: 'r', VAULT_SECRET_ID: 's' }).stores.vault).toMatchObject({
      auth: { method: 'approle', roleId: 'r', secretId: 's' },
    });
    expect(buildStoreSettings({ HOME: home }).stores.vault).toBeUndefined();
  });

  it('fails with one line when SOPS_AGE_KEY_FILE cannot be read', () => {
    expect(() => buildStoreSettings({ HOME: home, SOPS_AGE_KEY_FILE: join(home, 'nope.txt') })).toThrow(/^SOPS_AGE_KEY_FILE: cannot read .*ENOENT/);
  });

  it('audit log: flag, then STANCH_AUDIT_LOG, then the XDG state default; off disables', () => {
    expect(defaultAuditLogPath({ HOME: home })).toBe(join(home, '.local/state/stanch/audit.jsonl'));
    expect(defaultAuditLogPath({ HOME: home, XDG_STATE_HOME: '/state' })).toBe('/state/stanch/audit.jsonl');
    expect(auditSettings({ HOME: home, STANCH_AUDIT_LOG: '/a.jsonl' }, '/flag.jsonl')?.log.file).toBe('/flag.jsonl');
    expect(auditSettings({ HOME: home, STANCH_AUDIT_LOG: '/a.jsonl' })?.log.file).toBe('/a.jsonl');
    expect(auditSettings({ HOME: home, STANCH_AUDIT_LOG: 'off' })).toBeUndefined();
    expect(auditSettings({ HOME: home }, false)).toBeUndefined();
  });

  it('actor: STANCH_ACTOR, then github:$GITHUB_ACTOR, then the OS user', () => {
    expect(actorFrom({ STANCH_ACTOR: 'bot', GITHUB_ACTOR: 'octo' })).toBe('bot');
    expect(actorFrom({ GITHUB_ACTOR: 'octo' })).toBe('github:octo');
    expect(actorFrom({})).not.toBe('');
  });
});
