/**
 * The Action's deploy mode: reads the secrets named in the `secrets` input (the same mapping as
 * `stanch inject --map`), masks every value as soon as it is read, then exports them to later steps
 * through GITHUB_ENV and/or as step outputs. Values never reach a log line unmasked.
 *
 * Inputs this mode needs (the lead declares them in action.yml and passes `core.getInput`):
 *   secrets            mapping, YAML `NAME: uri` or lines `NAME=uri` (required for deploy)
 *   export-env         true (default): export to later steps with GITHUB_ENV
 *   outputs            false (default): also set a step output per variable
 *   vault-addr         default $VAULT_ADDR
 *   vault-method       token (default) | approle | jwt
 *   vault-token        default $VAULT_TOKEN (token method)
 *   vault-role-id, vault-secret-id                 (approle)
 *   vault-role, vault-jwt-audience                 (jwt: GitHub OIDC, needs `id-token: write`)
 *   vault-auth-mount, vault-namespace, vault-ca-cert
 *   sops-age-key       age identities (default $SOPS_AGE_KEY; $SOPS_AGE_KEY_FILE is read too)
 *   env-prefix         prefix for env:// names (default none)
 *   audit-log          default $RUNNER_TEMP/stanch/audit.jsonl; "off" disables it
 *   working-directory  base for relative sops:// paths (default $GITHUB_WORKSPACE or the cwd)
 * Actor in audit records: github:$GITHUB_ACTOR.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, StanchError } from '../../model/errors.js';
import { SecretAccess, type AuditSettings } from '../../inject/access.js';
import { maskValue, writeGithubEnv } from '../../inject/github-env.js';
import { parseMapping } from '../../inject/mapping.js';
import { resolveMapping } from '../../inject/resolve.js';
import type { StoreOptions } from '../../stores/registry.js';
import type { VaultStoreOptions } from '../../stores/vault/store.js';

export interface DeployOptions {
  /** The `secrets` input text. */
  mapping: string;
  stores: StoreOptions;
  audit?: AuditSettings;
  /** Path in GITHUB_ENV; required when exportEnv. */
  githubEnvFile?: string;
  exportEnv: boolean;
  outputs: boolean;
  /** core.setSecret */
  mask: (secret: string) => void;
  /** core.setOutput */
  setOutput: (name: string, value: string) => void;
  /** core.info: names and counts only. */
  info?: (line: string) => void;
}

export interface DeployResult {
  names: string[];
  exportedEnv: boolean;
  outputs: boolean;
}

const LABEL = "input 'secrets'";

export async function runDeploy(opts: DeployOptions): Promise<DeployResult> {
  const entries = parseMapping(opts.mapping, LABEL);
  if (opts.exportEnv && !opts.githubEnvFile) throw new StanchError('export-env needs GITHUB_ENV (run inside GitHub Actions, or set export-env: false)', EXIT.USAGE);
  const access = new SecretAccess({ stores: opts.stores, audit: opts.audit });
  try {
    // Masked the moment each value exists: before the next store call, before any output.
    const values = await resolveMapping(access, entries, { file: LABEL, onValue: (v) => maskValue(v, opts.mask) });
    if (opts.exportEnv) {
      await writeGithubEnv({ envFile: opts.githubEnvFile!, mask: opts.mask, entries: values });
      for (const e of entries) await access.recordInjection(e.ref.uri, 'github-env');
    }
    if (opts.outputs) {
      for (const v of values) opts.setOutput(v.name, v.value);
      for (const e of entries) await access.recordInjection(e.ref.uri, 'step-output');
    }
    opts.info?.(`stanch: ${values.length} secret(s) read: ${values.map((v) => v.name).join(', ')}${opts.exportEnv ? ' (exported to the environment)' : ''}${opts.outputs ? ' (set as outputs)' : ''}`);
    return { names: values.map((v) => v.name), exportedEnv: opts.exportEnv, outputs: opts.outputs };
  } finally {
    await access.close();
  }
}

type GetInput = (name: string) => string;
type Env = Record<string, string | undefined>;

function bool(getInput: GetInput, name: string, dflt: boolean): boolean {
  const v = getInput(name).trim().toLowerCase();
  if (v === '') return dflt;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new StanchError(`input '${name}': "${v}" is not valid; expected true or false`, EXIT.USAGE);
}

/**
 * Deploy options from Action inputs and the runner environment (the Action's equivalent of
 * src/entry/cli/store-options.ts). Credentials from inputs are masked here, first thing.
 * `getIdToken` is core.getIDToken, used only for vault-method jwt.
 */
export async function deployOptionsFromInputs(
  getInput: GetInput,
  env: Env,
  io: { mask: (s: string) => void; setOutput: (n: string, v: string) => void; info?: (l: string) => void; getIdToken?: (audience?: string) => Promise<string> },
): Promise<DeployOptions> {
  const input = (n: string) => getInput(n).trim();
  for (const n of ['vault-token', 'vault-secret-id', 'sops-age-key']) if (input(n)) maskValue(input(n), io.mask);
  const mapping = getInput('secrets');
  if (mapping.trim() === '') throw new StanchError("input 'secrets': required in deploy mode (lines NAME: store-uri)", EXIT.USAGE);
  const cwd = resolve(input('working-directory') || env.GITHUB_WORKSPACE || process.cwd());

  const ageIds: string[] = [];
  const ageKey = input('sops-age-key') || env.SOPS_AGE_KEY;
  if (ageKey) ageIds.push(ageKey);
  if (env.SOPS_AGE_KEY_FILE) {
    try {
      ageIds.push(readFileSync(env.SOPS_AGE_KEY_FILE, 'utf8'));
    } catch (err) {
      throw new StanchError(`SOPS_AGE_KEY_FILE: cannot read ${env.SOPS_AGE_KEY_FILE} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
    }
  }
  const stores: StoreOptions = {
    env: { env, prefix: input('env-prefix') },
    sops: { ageIdentities: ageIds, baseDir: cwd },
  };
  const vault = await vaultFromInputs(input, env, io.getIdToken);
  if (vault) stores.vault = vault;

  const auditInput = input('audit-log');
  let audit: AuditSettings | undefined;
  const auditFile = auditInput || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'stanch', 'audit.jsonl') : '');
  if (auditFile && auditFile.toLowerCase() !== 'off') {
    audit = { log: { file: auditFile, hmacKey: env.STANCH_AUDIT_HMAC_KEY || undefined }, actor: env.GITHUB_ACTOR ? `github:${env.GITHUB_ACTOR}` : 'github-actions' };
  }
  const exportEnv = bool(getInput, 'export-env', true);
  return {
    mapping,
    stores,
    audit,
    githubEnvFile: env.GITHUB_ENV,
    exportEnv,
    outputs: bool(getInput, 'outputs', false),
    mask: io.mask,
    setOutput: io.setOutput,
    info: io.info,
  };
}

async function vaultFromInputs(input: (n: string) => string, env: Env, getIdToken?: (aud?: string) => Promise<string>): Promise<VaultStoreOptions | undefined> {
  const address = input('vault-addr') || env.VAULT_ADDR;
  if (!address) return undefined;
  const method = input('vault-method') || 'token';
  const mount = input('vault-auth-mount') || undefined;
  let auth: VaultStoreOptions['auth'];
  switch (method) {
    case 'token':
      auth = { method: 'token', token: input('vault-token') || env.VAULT_TOKEN || '' };
      break;
    case 'approle':
      auth = { method: 'approle', roleId: input('vault-role-id'), secretId: input('vault-secret-id') || undefined, mount };
      break;
    case 'jwt': {
      if (!getIdToken) throw new StanchError("input 'vault-method': jwt needs the runner's OIDC token (permissions: id-token: write)", EXIT.USAGE);
      const role = input('vault-role');
      if (!role) throw new StanchError("input 'vault-role': required for vault-method jwt", EXIT.USAGE);
      const jwt = await getIdToken(input('vault-jwt-audience') || undefined);
      auth = { method: 'jwt', jwt, role, mount };
      break;
    }
    default:
      throw new StanchError(`input 'vault-method': "${method}" is not valid; expected token, approle or jwt`, EXIT.USAGE);
  }
  const opts: VaultStoreOptions = { address, auth };
  const ns = input('vault-namespace') || env.VAULT_NAMESPACE;
  if (ns) opts.namespace = ns;
  const ca = input('vault-ca-cert') || env.VAULT_CACERT;
  if (ca) opts.caCert = ca;
  return opts;
}
