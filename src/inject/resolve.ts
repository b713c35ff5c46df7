/**
 * Turns a mapping into values: every URI is read before anything is written, so a missing secret
 * fails the whole injection with nothing on disk. Errors name the mapping line and variable.
 */
import { StanchError } from '../model/errors.js';
import { EXIT } from '../model/errors.js';
import type { SecretAccess } from './access.js';
import type { EnvEntry } from './env-file.js';
import type { MappingEntry } from './mapping.js';

export interface ResolveOptions {
  /** Labels errors (`deploy/map.yaml:3: DB_PASSWORD: …`). */
  file: string;
  /** Called with each value as soon as it is read, before the next read: the Action masks here. */
  onValue?: (value: string) => void;
}

export async function resolveMapping(access: SecretAccess, entries: readonly MappingEntry[], opts: ResolveOptions): Promise<EnvEntry[]> {
  const out: EnvEntry[] = [];
  for (const e of entries) {
    let value: string;
    try {
      value = (await access.get(e.ref)).value;
    } catch (err) {
      const code = err instanceof StanchError ? err.exitCode : EXIT.STORE;
      throw new StanchError(`${opts.file}:${e.line}: ${e.name}: ${oneLine(err)}`, code);
    }
    opts.onValue?.(value);
    out.push({ name: e.name, value });
  }
  return out;
}

/** Store errors never carry values (their contract); still keep the first line only. */
function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
