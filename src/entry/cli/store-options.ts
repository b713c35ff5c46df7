/**
 * Store and audit settings for the CLI, from flags and the environment (the only place the CLI's
 * store commands read them):
 *
 *   vault   VAULT_ADDR (required for vault://), VAULT_TOKEN, or VAULT_ROLE_ID + VAULT_SECRET_ID
 *           (AppRole), VAULT_NAMESPACE, VAULT_CACERT, VAULT_CLIENT_CERT, VAULT_CLIENT_KEY,
 *           VAULT_SKIP_VERIFY=1 (testing only); no token and no AppRole: ~/.vault-token like the vault CLI
 *   sops    SOPS_AGE_KEY (keys, one per line), SOPS_AGE_KEY_FILE (default
 *           $XDG_CONFIG_HOME/sops/age/keys.txt, as sops), SOPS_AGE_RECIPIENTS for new files
 *   env     env://NAME reads this process's environment; STANCH_ENV_PREFIX is prepended to names
 *   cache   STANCH_CACHE_TTL (seconds) caches reads within one run
 *   audit   --audit-log FILE or STANCH_AUDIT_LOG; default $XDG_STATE_HOME/stanch/audit.jsonl
 *           (~/.local/state/stanch/audit.jsonl); "off" (or --no-audit-log) disables it.
 *           STANCH_AUDIT_HMAC_KEY keys the chain. Actor: STANCH_ACTOR, else github:$GITHUB_ACTOR, else the OS user.
 */
import { readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { EXIT, StanchError } from '../../model/errors.js';
import type { StoreOptions } from '../../stores/registry.js';
import type { VaultStoreOptions } from '../../stores/vault/store.js';
import { SecretAccess, type AuditSettings } from '../../inject/access.js';
import type { Command } from 'commander';

export interface StoreFlags {
  /** --audit-log FILE, or false for --no-audit-log. */
  auditLog?: string | false;
  /** --vault-addr */
  vaultAddr?: string;
  /** --cwd for relative sops paths. */
  cwd?: string;
}

export interface CliStoreSettings {
  stores: StoreOptions;
  audit?: AuditSettings;
}

type Env = Record<string, string | undefined>;

export function buildStoreSettings(env: Env, flags: StoreFlags = {}, cwd = flags.cwd ?? process.cwd()): CliStoreSettings {
  const stores: StoreOptions = {
    env: { env, prefix: env.STANCH_ENV_PREFIX ?? '' },
    sops: {
      ageIdentities: ageIdentities(env),
      ageRecipients: splitList(env.SOPS_AGE_RECIPIENTS),
      baseDir: cwd,
    },
  };
  const vault = vaultOptions(env, flags.vaultAddr);
  if (vault) stores.vault = vault;
  const ttl = env.STANCH_CACHE_TTL;
  if (ttl !== undefined && ttl !== '') {
    if (!/^\d+$/.test(ttl)) throw new StanchError(`STANCH_CACHE_TTL: expected seconds, got "${ttl}"`, EXIT.USAGE);
    stores.cacheTtlMs = Number(ttl) * 1000;
  }
  return { stores, audit: auditSettings(env, flags.auditLog) };
}

export function defaultAuditLogPath(env: Env): string {
  const state = env.XDG_STATE_HOME && env.XDG_STATE_HOME !== '' ? env.XDG_STATE_HOME : join(env.HOME ?? homedir(), '.local', 'state');
  return join(state, 'stanch', 'audit.jsonl');
}

export function auditSettings(env: Env, flag?: string | false): AuditSettings | undefined {
  if (flag === false) return undefined;
  const file = flag ?? env.STANCH_AUDIT_LOG ?? defaultAuditLogPath(env);
  if (file === '' || file.toLowerCase() === 'off') return undefined;
  const hmacKey = env.STANCH_AUDIT_HMAC_KEY || undefined;
  return { log: { file, hmacKey }, actor: actorFrom(env) };
}

export function actorFrom(env: Env): string {
  if (env.STANCH_ACTOR) return env.STANCH_ACTOR;
  if (env.GITHUB_ACTOR) return `github:${env.GITHUB_ACTOR}`;
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? 'unknown';
  }
}

function splitList(v: string | undefined): string[] | undefined {
  const list = (v ?? '').split(/[,\s]+/).filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** Keys from SOPS_AGE_KEY and the key file; a missing default key file is fine (sops:// then fails when used). */
function ageIdentities(env: Env): string[] {
  const ids: string[] = [];
  if (env.SOPS_AGE_KEY) ids.push(env.SOPS_AGE_KEY);
  const explicit = env.SOPS_AGE_KEY_FILE;
  const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(env.HOME ?? homedir(), '.config');
  const file = explicit && explicit !== '' ? explicit : join(config, 'sops', 'age', 'keys.txt');
  try {
    ids.push(readFileSync(file, 'utf8'));
  } catch (err) {
    if (explicit) throw new StanchError(`SOPS_AGE_KEY_FILE: cannot read ${explicit} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
  }
  return ids;
}

function vaultOptions(env: Env, addrFlag?: string): VaultStoreOptions | undefined {
  const address = addrFlag ?? env.VAULT_ADDR;
  if (!address) return undefined;
  let auth: VaultStoreOptions['auth'];
  if (env.VAULT_TOKEN) auth = { method: 'token', token: env.VAULT_TOKEN };
  else if (env.VAULT_ROLE_ID) auth = { method: 'approle', roleId: env.VAULT_ROLE_ID, secretId: env.VAULT_SECRET_ID || undefined };
  else {
    let token = '';
    try {
      token = readFileSync(join(env.HOME ?? homedir(), '.vault-token'), 'utf8').trim();
    } catch {
      // no token file
    }
    // An empty token fails with a clear message on first vault:// use, not when vault is not used at all.
    auth = { method: 'token', token };
  }
  const opts: VaultStoreOptions = { address, auth };
  if (env.VAULT_NAMESPACE) opts.namespace = env.VAULT_NAMESPACE;
  if (env.VAULT_CACERT) opts.caCert = env.VAULT_CACERT;
  if (env.VAULT_CLIENT_CERT) opts.clientCert = env.VAULT_CLIENT_CERT;
  if (env.VAULT_CLIENT_KEY) opts.clientKey = env.VAULT_CLIENT_KEY;
  if (env.VAULT_SKIP_VERIFY && !['0', 'false', ''].includes(env.VAULT_SKIP_VERIFY.toLowerCase())) opts.tlsSkipVerify = true;
  return opts;
}

/** The flags every store-touching command takes. */
export function addStoreFlags(cmd: Command): Command {
  return cmd
    .option('--audit-log <file>', 'append audit records here (default: $STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl)')
    .option('--no-audit-log', 'do not write audit records')
    .option('--vault-addr <url>', 'Vault address (default: $VAULT_ADDR)');
}

export interface StoreFlagValues {
  auditLog?: string | boolean;
  vaultAddr?: string;
}

/** Commander gives --no-audit-log as auditLog=false and the default as true. */
export function openSecretAccess(flags: StoreFlagValues, env: Env = process.env): SecretAccess {
  const auditLog = flags.auditLog === false ? false : typeof flags.auditLog === 'string' ? flags.auditLog : undefined;
  const settings = buildStoreSettings(env, { auditLog, vaultAddr: flags.vaultAddr });
  return new SecretAccess(settings);
}
