import { describe, it, expect } from 'vitest';
import { randomBytes } from 'node:crypto';
import { actionStoreSettings } from '../../src/entry/action/stores.js';
import { parseStoreInputs } from '../../src/entry/action/inputs.js';

const inputs = (values: Record<string, string>) => parseStoreInputs((n) => values[n] ?? '');
const fake = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;
const noToken = async (): Promise<string> => {
  throw new Error('getIdToken must not be called');
};

describe('the Action store settings', () => {
  it('takes Vault and SOPS from the environment when inputs are empty, and masks the credentials', async () => {
    const token = fake('tok');
    const age = ['AGE-SECRET-KEY-1', 'Z'.repeat(58)].join('');
    const masked: string[] = [];
    const s = await actionStoreSettings(inputs({}), { VAULT_ADDR: 'http://127.0.0.1:8200', VAULT_TOKEN: token, VAULT_NAMESPACE: 'team', SOPS_AGE_KEY: age, RUNNER_TEMP: '/rt', GITHUB_ACTOR: 'ada' }, {
      mask: (v) => masked.push(v),
      getIdToken: noToken,
      cwd: '/ws',
    });
    expect(s.stores.vault).toEqual({ address: 'http://127.0.0.1:8200', auth: { method: 'token', token }, namespace: 'team' });
    expect(s.stores.sops).toEqual({ ageIdentities: [age], baseDir: '/ws' });
    expect(s.audit).toEqual({ log: { file: '/rt/stanch/audit.jsonl', hmacKey: undefined }, actor: 'github:ada' });
    expect(s.actor).toBe('github:ada');
    expect(masked).toEqual(expect.arrayContaining([token, age]));
  });

  it('inputs win over the environment; no vault-addr anywhere means no Vault store', async () => {
    const s = await actionStoreSettings(inputs({ 'vault-addr': 'https://v.example', 'vault-token': 'in-token', 'audit-log': 'off' }), { VAULT_ADDR: 'http://env', VAULT_TOKEN: 'env-token' }, {
      mask: () => {},
      getIdToken: noToken,
      cwd: '/ws',
    });
    expect(s.stores.vault).toMatchObject({ address: 'https://v.example', auth: { method: 'token', token: 'in-token' } });
    expect(s.audit).toBeUndefined();
    const none = await actionStoreSettings(inputs({}), {}, { mask: () => {}, getIdToken: noToken, cwd: '/ws' });
    expect(none.stores.vault).toBeUndefined();
    expect(none.actor).toBe('github-actions');
  });

  it('jwt: asks the runner for a token with the audience, masks it, logs in with the role and mount', async () => {
    const jwt = `${fake('h')}.${fake('p')}.${fake('s')}`;
    const asked: (string | undefined)[] = [];
    const masked: string[] = [];
    const s = await actionStoreSettings(
      inputs({ 'vault-addr': 'https://v.example', 'vault-method': 'jwt', 'vault-role': 'deploy', 'vault-jwt-audience': 'vault', 'vault-auth-mount': 'github' }),
      {},
      {
        mask: (v) => masked.push(v),
        getIdToken: async (aud) => {
          asked.push(aud);
          return jwt;
        },
        cwd: '/ws',
      },
    );
    expect(asked).toEqual(['vault']);
    expect(masked).toContain(jwt);
    expect(s.stores.vault).toMatchObject({ auth: { method: 'jwt', jwt, role: 'deploy', mount: 'github' } });
  });

  it('jwt without the runner token service fails with one line saying which permission is missing', async () => {
    const p = actionStoreSettings(inputs({ 'vault-addr': 'https://v.example', 'vault-method': 'jwt', 'vault-role': 'deploy' }), {}, {
      mask: () => {},
      getIdToken: async () => {
        throw new Error('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
      },
      cwd: '/ws',
    });
    await expect(p).rejects.toThrow(
      "vault-method jwt: cannot get the runner's OIDC token (Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable); the job needs 'permissions: id-token: write'",
    );
  });
});
