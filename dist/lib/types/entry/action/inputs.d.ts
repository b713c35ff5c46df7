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
export interface ActionInputs {
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
}
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
export type InputReader = (name: string) => string;
/** Parses every input; `get` is `core.getInput` in the Action and a plain map in tests. */
export declare function parseInputs(get: InputReader): ActionInputs;
/** Reads the step's inputs through the Actions toolkit (`INPUT_*` environment). */
export declare function readInputs(): Promise<ActionInputs>;
