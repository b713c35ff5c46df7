/**
 * `env://NAME` as a SecretStore over an environment map the entry point passes in (this module never
 * reads process.env). Names follow the prefix convention: PREFIX + upper case, with `/`, `-` and `.`
 * turned into `_`; a `#key` is appended as another segment. So with prefix `STANCH_`:
 *   env://db-password        → STANCH_DB_PASSWORD
 *   vault://secret/app#token → STANCH_SECRET_APP_TOKEN   (any scheme maps, which is what a fallback chain needs)
 * `.` is mapped too because a dotted sops key path cannot be an environment name otherwise.
 */
import { StoreError } from './errors.js';
import type { SecretRef, SecretStore, SecretValue } from './types.js';

export interface EnvStoreOptions {
  /** The environment to read (and, when writable, to write). */
  env: Record<string, string | undefined>;
  /** Prepended to every name, e.g. `STANCH_`. Default none. */
  prefix?: string;
  /** Allow set/delete on the map (for tests and in-process injection). Default false. */
  writable?: boolean;
}

export function envNameFor(ref: Pick<SecretRef, 'path' | 'key'>, prefix = ''): string {
  const parts = [ref.path, ...(ref.key !== undefined ? [ref.key] : [])];
  const body = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .join('_')
    .toUpperCase()
    .replace(/[/\-.]/g, '_');
  return prefix + body;
}

export class EnvStore implements SecretStore {
  readonly scheme = 'env';
  readonly readOnly: boolean;

  constructor(private readonly opts: EnvStoreOptions) {
    this.readOnly = opts.writable !== true;
  }

  async get(ref: SecretRef): Promise<SecretValue> {
    if (ref.version !== undefined) throw new StoreError(`${ref.uri}: environment variables have no versions`, 'invalid');
    const name = envNameFor(ref, this.opts.prefix);
    const value = this.opts.env[name];
    if (value === undefined) throw new StoreError(`${ref.uri}: environment variable ${name} is not set`, 'not-found');
    return { value, metadata: { name } };
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string> }> {
    const base = envNameFor(ref, this.opts.prefix);
    const data: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.opts.env)) {
      if (value !== undefined && name.startsWith(`${base}_`)) data[name.slice(base.length + 1)] = value;
    }
    if (Object.keys(data).length === 0) throw new StoreError(`${ref.uri}: no environment variables start with ${base}_`, 'not-found');
    return { data };
  }

  async list(prefix: SecretRef): Promise<string[]> {
    const base = envNameFor(prefix, this.opts.prefix);
    return Object.keys(this.opts.env)
      .filter((n) => this.opts.env[n] !== undefined && (n === base || n.startsWith(`${base}_`)))
      .sort();
  }

  async set(ref: SecretRef, value: string): Promise<{ version?: number }> {
    this.assertWritable(ref);
    this.opts.env[envNameFor(ref, this.opts.prefix)] = value;
    return {};
  }

  async delete(ref: SecretRef): Promise<void> {
    this.assertWritable(ref);
    const name = envNameFor(ref, this.opts.prefix);
    if (this.opts.env[name] === undefined) throw new StoreError(`${ref.uri}: environment variable ${name} is not set`, 'not-found');
    delete this.opts.env[name];
  }

  private assertWritable(ref: SecretRef): void {
    if (this.readOnly) throw new StoreError(`${ref.uri}: the env store is read-only`, 'invalid');
  }
}
