import { type Severity } from '../../model/severity.js';
/** What to scan: decided by the event, a commit range given by the user, or every ref's whole history. */
export type ScanMode = {
    kind: 'auto';
} | {
    kind: 'all';
} | {
    kind: 'range';
    head: string;
    exclude: string[];
    text: string;
};
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
export declare const SECRET_INPUTS: readonly ["token", "vault-token", "vault-secret-id", "sops-age-key"];
/** `scan`: `auto` (default, by event), `all` (every ref's whole history), or a range `A..B`. */
export declare function parseScanMode(raw: string): ScanMode;
/** `fail-on`: a severity (fail when a finding is at least that severe) or `never`. */
export declare function parseFailPolicy(raw: string): FailPolicy;
/** YAML 1.2 core booleans, as the Actions toolkit accepts them; empty = the default. */
export declare function parseBoolean(name: string, raw: string, defaultValue: boolean): boolean;
/** An optional path: empty means "not set". Refuses NUL and newlines (they cannot be paths). */
export declare function parseOptionalPath(name: string, raw: string): string | undefined;
/** `sarif`: a path (default `stanch.sarif`), or `false`/`none` to skip writing SARIF. */
export declare function parseSarifPath(raw: string): string | undefined;
/** `mode`: `scan` (default) or `deploy`. */
export declare function parseActionMode(raw: string): ActionMode;
/** `rotate-leaked`: `false` (default), `true`, or `dry-run` (match and plan, change nothing). */
export declare function parseRotateLeaked(raw: string): RotateLeaked;
/** `vault-method`: `token` (default), `approle` or `jwt` (the runner's OIDC token). */
export declare function parseVaultMethod(raw: string): VaultMethod;
/** `vault-addr`: an http(s) URL without credentials, path or query (empty: $VAULT_ADDR). */
export declare function parseVaultAddr(raw: string): string | undefined;
/** A one-line value (names, roles, mounts, audiences); empty = not set. */
export declare function parseOptionalName(name: string, raw: string): string | undefined;
/** `audit-log`: a path, `off`/`false` to disable, empty for the default ($RUNNER_TEMP/stanch/audit.jsonl). */
export declare function parseAuditLog(raw: string): string | false | undefined;
/** The store inputs, checked together: each auth method names what it needs. */
export declare function parseStoreInputs(get: InputReader): StoreInputs;
export type InputReader = (name: string) => string;
/** Parses every input; `get` is `core.getInput` in the Action and a plain map in tests. */
export declare function parseInputs(get: InputReader): ActionInputs;
/**
 * Masks every line of a credential input (and the whole value): first thing, before a parse error
 * or anything else can print.
 */
export declare function maskSecretInputs(get: InputReader, mask: (s: string) => void): void;
/** Reads the step's inputs through the Actions toolkit (`INPUT_*` environment); credentials are masked first. */
export declare function readInputs(mask: (s: string) => void): Promise<ActionInputs>;
