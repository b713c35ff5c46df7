/**
 * Exports variables to later steps of a GitHub Actions job through the `GITHUB_ENV` file, in the
 * multi-line form GitHub documents:
 *
 *   NAME<<DELIMITER
 *   value (any number of lines)
 *   DELIMITER
 *
 * The delimiter is random per call (`ghadelimiter_<uuid>`, like @actions/core), and a value or name
 * containing it is refused, so a value cannot end its own entry early and smuggle in other variables.
 * Every value is masked before anything is written: each non-empty line on its own (the runner
 * masks per line of log output) and the whole value.
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { EXIT, StanchError } from '../model/errors.js';
import type { EnvEntry } from './env-file.js';
import { ENV_NAME } from './mapping.js';

export interface GithubEnvOptions {
  /** The path in `GITHUB_ENV`. */
  envFile: string;
  /** `core.setSecret` in the Action; a collector in tests. */
  mask: (secret: string) => void;
  entries: readonly EnvEntry[];
  /** For tests only: a fixed delimiter. */
  delimiter?: string;
}

/** Masks a value the way the runner needs: the whole value and every non-empty line of it. */
export function maskValue(value: string, mask: (s: string) => void): void {
  if (value === '') return;
  for (const line of value.split(/\r?\n|\r/)) {
    if (line.trim() !== '') mask(line);
  }
  mask(value);
}

/** The text appended to GITHUB_ENV (masks nothing; `writeGithubEnv` does). */
export function formatGithubEnv(entries: readonly EnvEntry[], delimiter: string): string {
  let out = '';
  for (const { name, value } of entries) {
    if (!ENV_NAME.test(name)) throw new StanchError(`${name}: not a valid variable name for GITHUB_ENV`, EXIT.USAGE);
    if (value.includes(delimiter) || name.includes(delimiter)) {
      throw new StanchError(`${name}: the value contains the GITHUB_ENV delimiter; refusing to export it`, EXIT.USAGE);
    }
    out += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  return out;
}

/** Masks every value, then appends all entries in one write. Returns the names exported. */
export async function writeGithubEnv(opts: GithubEnvOptions): Promise<string[]> {
  for (const e of opts.entries) maskValue(e.value, opts.mask);
  const delimiter = opts.delimiter ?? `ghadelimiter_${randomUUID()}`;
  const text = formatGithubEnv(opts.entries, delimiter);
  if (text !== '') await appendFile(opts.envFile, text, { encoding: 'utf8' });
  return opts.entries.map((e) => e.name);
}
