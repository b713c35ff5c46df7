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

const FULL_SHA_OR_REF = /^[A-Za-z0-9._/@{}~^-]+$/;

function inputError(name: string, value: string, allowed: string): StanchError {
  // Never echo an input that may be a token; the other inputs are not secret.
  const shown = name === 'token' ? '(hidden)' : JSON.stringify(value);
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

export type InputReader = (name: string) => string;

/** Parses every input; `get` is `core.getInput` in the Action and a plain map in tests. */
export function parseInputs(get: InputReader): ActionInputs {
  return {
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
  };
}

/** Reads the step's inputs through the Actions toolkit (`INPUT_*` environment). */
export async function readInputs(): Promise<ActionInputs> {
  const core = await import('@actions/core');
  return parseInputs((name) => core.getInput(name, { trimWhitespace: true }));
}
