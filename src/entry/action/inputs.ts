/**
 * The only place that reads Action inputs. Each input string is turned into a typed value by a
 * pure exported parser (unit-tested); `readInputs` just feeds them what `core.getInput` returns,
 * so a bad value fails the step with one line naming the input and what is allowed.
 */
import { StanchError, EXIT } from '../../model/errors.js';
import { isSeverity, type Severity } from '../../model/severity.js';

/** What to scan: decided by the event, a commit range given by the user, or every ref's whole history. */
export type ScanMode = { kind: 'auto' } | { kind: 'all' } | { kind: 'range'; head: string; exclude: string[]; text: string };

/** Fail the step when a finding is at least this severe; `never` only reports. */
export type FailPolicy = Severity | 'never';

/** `scan` (default) looks for leaks; `deploy` reads secrets from stores and hands them to later steps. */
export type ActionMode = 'scan' | 'deploy';

/** `rotate-leaked`: after a scan, rotate leaked managed secrets (`on`), only plan (`dry-run`), or skip (`off`). */
export type RotateLeaked = 'off' | 'on' | 'dry-run';

export type VaultMethod = 'token' | 'approle' | 'jwt';

/** How to reach the stores; shared by deploy mode and rotation. Empty = fall back to the environment. */
export interface StoreInputs {
  vaultAddr?: string;
  vaultMethod: VaultMethod;
  vaultToken?: string;
  vaultRoleId?: string;
  vaultSecretId?: string;
  /** jwt: the Vault role to log in as. */
  vaultRole?: string;
  /** jwt: audience of the runner's OIDC token; undefined = GitHub's default (the owner's URL). */
  vaultJwtAudience?: string;
  vaultAuthMount?: string;
  vaultNamespace?: string;
  /** PEM text or a file path. */
  vaultCaCert?: string;
  /** age identities (AGE-SECRET-KEY-… lines). */
  sopsAgeKey?: string;
  envPrefix: string;
  /** undefined = $RUNNER_TEMP/stanch/audit.jsonl; false = off. */
  auditLog?: string | false;
}

export interface DeployInputs {
  /** The `secrets` mapping text (`NAME: store-uri` lines). */
  secrets: string;
  exportEnv: boolean;
  outputs: boolean;
}

export interface RotationInputs {
  rotateLeaked: RotateLeaked;
  /** File with the [rotation] section; undefined = the scan's config file. */
  configPath?: string;
}

export interface ActionInputs {
  mode: ActionMode;
  scan: ScanMode;
  /** Config file (stanch or gitleaks TOML); undefined = auto-discover in the repository. */
  configPath?: string;
  /** Baseline of accepted findings (fingerprints); undefined = none. */
  baselinePath?: string;
  failOn: FailPolicy;
  prComment: boolean;
  /** Where to write SARIF; undefined = do not write one. */
  sarifPath?: string;
  /** Where to write the JSON report. */
  reportPath: string;
  /** Redact values in report files. Logs, annotations, summary and comment are always redacted. */
  redact: boolean;
  token: string;
  workingDirectory: string;
  /** Keep the scheduled audit's state in the Actions cache. */
  auditCache: boolean;
  deploy: DeployInputs;
  stores: StoreInputs;
  rotation: RotationInputs;
}

/** Inputs that hold credentials: masked before anything else happens, never echoed in an error. */
export const SECRET_INPUTS = ['token', 'vault-token', 'vault-secret-id', 'sops-age-key'] as const;

const FULL_SHA_OR_REF = /^[A-Za-z0-9._/@{}~^-]+$/;

function inputError(name: string, value: string, allowed: string): StanchError {
  // Never echo an input that may be a token; the other inputs are not secret.
  const shown = (SECRET_INPUTS as readonly string[]).includes(name) ? '(hidden)' : JSON.stringify(value);
  return new StanchError(`input '${name}': ${shown} is not valid; expected ${allowed}`, EXIT.USAGE);
}

/** `scan`: `auto` (default, by event), `all` (every ref's whole history), or a range `A..B`. */
export function parseScanMode(raw: string): ScanMode {
  const value = raw.trim();
  if (value === '' || value === 'auto') return { kind: 'auto' };
  if (value === 'all') return { kind: 'all' };
  const allowed = "'auto', 'all' or a commit range like 'main..HEAD' or '<sha>..<sha>'";
  if (value.includes('...')) throw inputError('scan', value, `${allowed} (two dots: 'A...B' is not supported)`);
  const parts = value.split('..');
  if (parts.length !== 2) throw inputError('scan', value, allowed);
  const [from, to] = parts.map((p) => p.trim());
  const head = to === '' ? 'HEAD' : to;
  for (const rev of [from, head]) {
    if (rev === '' || rev.startsWith('-') || !FULL_SHA_OR_REF.test(rev)) throw inputError('scan', value, allowed);
  }
  return { kind: 'range', head, exclude: [from], text: `${from}..${head}` };
}

/** `fail-on`: a severity (fail when a finding is at least that severe) or `never`. */
export function parseFailPolicy(raw: string): FailPolicy {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'high';
  if (value === 'never' || value === 'none' || value === 'false') return 'never';
  if (isSeverity(value)) return value;
  throw inputError('fail-on', raw, "'critical', 'high', 'medium', 'low' or 'never'");
}

/** YAML 1.2 core booleans, as the Actions toolkit accepts them; empty = the default. */
export function parseBoolean(name: string, raw: string, defaultValue: boolean): boolean {
  const value = raw.trim();
  if (value === '') return defaultValue;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw inputError(name, raw, "'true' or 'false'");
}

/** An optional path: empty means "not set". Refuses NUL and newlines (they cannot be paths). */
export function parseOptionalPath(name: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/[\0\n\r]/.test(value)) throw inputError(name, raw, 'a file path');
  return value;
}

/** `sarif`: a path (default `stanch.sarif`), or `false`/`none` to skip writing SARIF. */
export function parseSarifPath(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return 'stanch.sarif';
  if (['false', 'none', 'off'].includes(value.toLowerCase())) return undefined;
  return parseOptionalPath('sarif', value);
}

/** `mode`: `scan` (default) or `deploy`. */
export function parseActionMode(raw: string): ActionMode {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'scan') return 'scan';
  if (value === 'deploy') return 'deploy';
  throw inputError('mode', raw, "'scan' or 'deploy'");
}

/** `rotate-leaked`: `false` (default), `true`, or `dry-run` (match and plan, change nothing). */
export function parseRotateLeaked(raw: string): RotateLeaked {
  const value = raw.trim();
  if (value.toLowerCase() === 'dry-run') return 'dry-run';
  return parseBoolean('rotate-leaked', value, false) ? 'on' : 'off';
}

/** `vault-method`: `token` (default), `approle` or `jwt` (the runner's OIDC token). */
export function parseVaultMethod(raw: string): VaultMethod {
  const value = raw.trim().toLowerCase();
  if (value === '') return 'token';
  if (value === 'token' || value === 'approle' || value === 'jwt') return value;
  throw inputError('vault-method', raw, "'token', 'approle' or 'jwt'");
}

/** `vault-addr`: an http(s) URL without credentials, path or query (empty: $VAULT_ADDR). */
export function parseVaultAddr(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw inputError('vault-addr', raw, 'a URL like https://vault.example.com:8200');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw inputError('vault-addr', raw, 'an http(s) URL like https://vault.example.com:8200 (no credentials or query)');
  }
  return value.replace(/\/+$/, '');
}

/** A one-line value (names, roles, mounts, audiences); empty = not set. */
export function parseOptionalName(name: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  if (/[\0\n\r]/.test(value)) throw inputError(name, raw, 'a single line');
  return value;
}

/** `audit-log`: a path, `off`/`false` to disable, empty for the default ($RUNNER_TEMP/stanch/audit.jsonl). */
export function parseAuditLog(raw: string): string | false | undefined {
  const value = raw.trim();
  if (['off', 'false', 'none'].includes(value.toLowerCase())) return false;
  return parseOptionalPath('audit-log', value);
}

/** The store inputs, checked together: each auth method names what it needs. */
export function parseStoreInputs(get: InputReader): StoreInputs {
  const opt = (n: string) => parseOptionalName(n, get(n));
  const stores: StoreInputs = {
    vaultAddr: parseVaultAddr(get('vault-addr')),
    vaultMethod: parseVaultMethod(get('vault-method')),
    vaultToken: get('vault-token').trim() || undefined,
    vaultRoleId: opt('vault-role-id'),
    vaultSecretId: get('vault-secret-id').trim() || undefined,
    vaultRole: opt('vault-role'),
    vaultJwtAudience: opt('vault-jwt-audience'),
    vaultAuthMount: opt('vault-auth-mount'),
    vaultNamespace: opt('vault-namespace'),
    vaultCaCert: get('vault-ca-cert').trim() || undefined,
    sopsAgeKey: get('sops-age-key').trim() || undefined,
    envPrefix: opt('env-prefix') ?? '',
    auditLog: parseAuditLog(get('audit-log')),
  };
  if (stores.vaultMethod === 'jwt' && !stores.vaultRole) {
    throw new StanchError("input 'vault-role': required with vault-method: jwt (the Vault role bound to this repository)", EXIT.USAGE);
  }
  if (stores.vaultMethod === 'approle' && !stores.vaultRoleId) {
    throw new StanchError("input 'vault-role-id': required with vault-method: approle", EXIT.USAGE);
  }
  if (stores.envPrefix && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(stores.envPrefix)) throw inputError('env-prefix', stores.envPrefix, 'a variable name prefix like APP_');
  return stores;
}

export type InputReader = (name: string) => string;

/** Parses every input; `get` is `core.getInput` in the Action and a plain map in tests. */
export function parseInputs(get: InputReader): ActionInputs {
  const mode = parseActionMode(get('mode'));
  const secrets = get('secrets');
  if (mode === 'deploy' && secrets.trim() === '') {
    throw new StanchError("input 'secrets': required with mode: deploy (lines like 'DB_PASSWORD: vault://secret/app/db#password')", EXIT.USAGE);
  }
  if (mode === 'scan' && secrets.trim() !== '') {
    throw new StanchError("input 'secrets': only used with mode: deploy (set 'mode: deploy', or remove 'secrets')", EXIT.USAGE);
  }
  const rotation: RotationInputs = {
    rotateLeaked: parseRotateLeaked(get('rotate-leaked')),
    configPath: parseOptionalPath('rotation-config', get('rotation-config')),
  };
  if (mode === 'deploy' && rotation.rotateLeaked !== 'off') {
    throw new StanchError("input 'rotate-leaked': only used with mode: scan (it rotates secrets the scan found leaked)", EXIT.USAGE);
  }
  const deploy: DeployInputs = {
    secrets,
    exportEnv: parseBoolean('export-env', get('export-env'), true),
    outputs: parseBoolean('outputs', get('outputs'), false),
  };
  if (mode === 'deploy' && !deploy.exportEnv && !deploy.outputs) {
    throw new StanchError("inputs 'export-env' and 'outputs' are both false: the secrets would go nowhere; set one of them to true", EXIT.USAGE);
  }
  return {
    mode,
    scan: parseScanMode(get('scan')),
    configPath: parseOptionalPath('config', get('config')),
    baselinePath: parseOptionalPath('baseline', get('baseline')),
    failOn: parseFailPolicy(get('fail-on')),
    prComment: parseBoolean('pr-comment', get('pr-comment'), true),
    sarifPath: parseSarifPath(get('sarif')),
    reportPath: parseOptionalPath('report', get('report')) ?? 'stanch-report.json',
    redact: parseBoolean('redact', get('redact'), true),
    token: get('token').trim(),
    workingDirectory: parseOptionalPath('working-directory', get('working-directory')) ?? '.',
    auditCache: parseBoolean('audit-cache', get('audit-cache'), true),
    deploy,
    stores: parseStoreInputs(get),
    rotation,
  };
}

/**
 * Masks every line of a credential input (and the whole value): first thing, before a parse error
 * or anything else can print.
 */
export function maskSecretInputs(get: InputReader, mask: (s: string) => void): void {
  for (const name of SECRET_INPUTS) {
    const value = get(name).trim();
    if (value === '') continue;
    for (const line of value.split(/\r?\n|\r/)) if (line.trim() !== '') mask(line.trim());
    mask(value);
  }
}

/** Reads the step's inputs through the Actions toolkit (`INPUT_*` environment); credentials are masked first. */
export async function readInputs(mask: (s: string) => void): Promise<ActionInputs> {
  const core = await import('@actions/core');
  const get = (name: string) => core.getInput(name, { trimWhitespace: true });
  maskSecretInputs(get, mask);
  return parseInputs(get);
}
