/**
 * The state file of incremental history audits: the set of commit SHAs already scanned.
 * Keyed by commit SHA (not by ref position), so a force-push neither hides new commits nor
 * re-reports old ones: rewritten commits have new SHAs and are scanned, surviving ones are not.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StanchError } from '../model/errors.js';

export const HISTORY_STATE_VERSION = 1;

interface StateFile {
  version: number;
  tool: 'stanch';
  updated: string;
  commits: string[];
}

const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Reads the scanned-commit set; a missing file is an empty set (first run). */
export async function loadHistoryState(file: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw new StanchError(`${file}: cannot read state file: ${(err as Error).message}`);
  }
  return parseHistoryState(text, file);
}

export function parseHistoryState(text: string, file: string): Set<string> {
  let data: Partial<StateFile>;
  try {
    data = JSON.parse(text) as Partial<StateFile>;
  } catch {
    throw new StanchError(`${file}: state file is not valid JSON (delete it to rescan everything)`);
  }
  if (data === null || typeof data !== 'object' || data.version !== HISTORY_STATE_VERSION || !Array.isArray(data.commits)) {
    throw new StanchError(`${file}: field "version"/"commits": not a stanch history state file (version ${HISTORY_STATE_VERSION})`);
  }
  const bad = data.commits.findIndex((c) => typeof c !== 'string' || !SHA_RE.test(c));
  if (bad >= 0) throw new StanchError(`${file}: field "commits[${bad}]": not a commit SHA`);
  return new Set(data.commits);
}

/** Writes the state atomically: a temp file in the same directory, then a rename. */
export async function saveHistoryState(file: string, commits: Iterable<string>): Promise<void> {
  const data: StateFile = {
    version: HISTORY_STATE_VERSION,
    tool: 'stanch',
    updated: new Date().toISOString(),
    commits: [...new Set(commits)].sort(),
  };
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, JSON.stringify(data) + '\n', { mode: 0o644, flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new StanchError(`${file}: cannot write state file: ${(err as Error).message}`);
  }
}
