/**
 * The `baseline` input: findings already accepted. Either a stanch baseline file
 * (`.stanch-baseline.json`, read by src/baseline) or an ignore file with one fingerprint a line
 * (`.gitleaksignore` format). Without the input, `.stanch-baseline.json` in the repository root
 * is used when present, as the CLI does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseIgnoreFile } from '../../config/load.js';
import { parseBaseline, DEFAULT_BASELINE_FILE, type Baseline } from '../../baseline/baseline.js';
import { StanchError, EXIT } from '../../model/errors.js';

export interface AcceptedFindings {
  baseline?: Baseline;
  /** Fingerprints from an ignore-format file (added to the config's ignored fingerprints). */
  fingerprints: string[];
  file?: string;
}

export function parseBaselineInput(text: string, file: string): AcceptedFindings {
  if (text.trimStart().startsWith('{')) return { baseline: parseBaseline(text, file), fingerprints: [], file };
  return { fingerprints: parseIgnoreFile(text), file };
}

export function readAcceptedFindings(cwd: string, baselinePath: string | undefined): AcceptedFindings {
  const file = baselinePath ? path.resolve(cwd, baselinePath) : path.join(cwd, DEFAULT_BASELINE_FILE);
  if (!baselinePath && !existsSync(file)) return { fingerprints: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StanchError(`input 'baseline': ${baselinePath} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, EXIT.USAGE);
  }
  return parseBaselineInput(text, baselinePath ?? DEFAULT_BASELINE_FILE);
}
