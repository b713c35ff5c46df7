/**
 * Store and audit settings for the Action, from the parsed store inputs and the runner's
 * environment: what deploy mode reads from and what rotation writes to. Inputs win over the
 * environment (VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE, VAULT_CACERT, SOPS_AGE_KEY,
 * SOPS_AGE_KEY_FILE). Every credential is masked before it is used. For `vault-method: jwt` the
 * runner's OIDC token is fetched here (`getIdToken` is core.getIDToken).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, StanchError } from '../../model/errors.js';
import type { AuditSettings } from '../../inject/access.js';
import type { StoreOptions } from '../../stores/registry.js';
import type { VaultStoreOptions } from '../../stores/vault/store.js';
import type { StoreInputs } from './inputs.js';

type Env = Record<string, string | undefined>;

export interface ActionStoreSettings {
  stores: StoreOptions;
  audit?: AuditSettings;
  actor: string;
}

export interface StoreSettingsIo {
  mask: (secret: string) => void;
  /** core.getIDToken; only called for vault-method jwt. */
  getIdToken: (audience?: string) => Promise<string>;
  /** Base of relative sops:// paths. */
  cwd: string;
}

function maskLines(value: string, mask: (s: string) => void): void {
  for (const line of value.split(/\r?\n|\r/)) if (line.trim() !== '') mask(line.trim());
  mask(value);
}

/** `github:<actor>`, as the audit log and rotation records name who acted. */
export function actionActor(env: Env): string {
  return env.GITHUB_ACTOR ? `github:${env.GITHUB_ACTOR}` : 'github-actions';
}

export async function actionStoreSettings(inputs: StoreInputs, env: Env, io: StoreSettingsIo): Promise<ActionStoreSettings> {
  const ageIdentities: string[] = [];
  const ageKey = inputs.sopsAgeKey ?? env.SOPS_AGE_KEY;
  if (ageKey) {
    maskLines(ageKey, io.mask);
    ageIdentities.push(ageKey);
  }
  if (env.SOPS_AGE_KEY_FILE) {
    let text: string;
    try {
      text = readFileSync(env.SOPS_AGE_KEY_FILE, 'utf8');
    } catch (err) {
      throw new StanchError(`SOPS_AGE_KEY_FILE: cannot read ${env.SOPS_AGE_KEY_FILE} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
    }
    for (const line of text.split('\n')) if (line.startsWith('AGE-SECRET-KEY-')) io.mask(line.trim());
    ageIdentities.push(text);
  }
  const stores: StoreOptions = {
    env: { env, prefix: inputs.envPrefix },
    sops: { ageIdentities, baseDir: io.cwd },
  };
  const vault = await vaultOptions(inputs, env, io);
  if (vault) stores.vault = vault;

  const actor = actionActor(env);
  let audit: AuditSettings | undefined;
  const file = inputs.auditLog === false ? undefined : (inputs.auditLog ?? (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'stanch', 'audit.jsonl') : undefined));
  if (file) audit = { log: { file, hmacKey: env.STANCH_AUDIT_HMAC_KEY || undefined }, actor };
  return { stores, audit, actor };
}

async function vaultOptions(inputs: StoreInputs, env: Env, io: StoreSettingsIo): Promise<VaultStoreOptions | undefined> {
  const address = inputs.vaultAddr ?? env.VAULT_ADDR;
  if (!address) return undefined;
  const mount = inputs.vaultAuthMount;
  let auth: VaultStoreOptions['auth'];
  switch (inputs.vaultMethod) {
    case 'token': {
      const token = inputs.vaultToken ?? env.VAULT_TOKEN ?? '';
      if (token) io.mask(token);
      // An empty token fails with a clear message on the first vault:// use, not when Vault is unused.
      auth = { method: 'token', token };
      break;
    }
    case 'approle': {
      const secretId = inputs.vaultSecretId ?? env.VAULT_SECRET_ID;
      if (secretId) io.mask(secretId);
      auth = { method: 'approle', roleId: inputs.vaultRoleId ?? '', secretId: secretId || undefined, mount };
      break;
    }
    case 'jwt': {
      const jwt = await oidcToken(io, inputs.vaultJwtAudience);
      io.mask(jwt);
      auth = { method: 'jwt', jwt, role: inputs.vaultRole ?? '', mount };
      break;
    }
  }
  const opts: VaultStoreOptions = { address, auth };
  const namespace = inputs.vaultNamespace ?? env.VAULT_NAMESPACE;
  if (namespace) opts.namespace = namespace;
  const ca = inputs.vaultCaCert ?? env.VAULT_CACERT;
  if (ca) opts.caCert = ca;
  return opts;
}

/** The runner's OIDC ID token; the toolkit's multi-line error becomes one line saying what to fix. */
async function oidcToken(io: StoreSettingsIo, audience: string | undefined): Promise<string> {
  try {
    return await io.getIdToken(audience);
  } catch (err) {
    const why = String((err as Error)?.message ?? err)
      .replace(/\s+/g, ' ')
      .replace(/^Error message: /, '')
      .trim();
    throw new StanchError(`vault-method jwt: cannot get the runner's OIDC token (${why}); the job needs 'permissions: id-token: write'`, EXIT.USAGE);
  }
}
