/**
 * `sops://path/to/file.enc.yaml#a.b` as a SecretStore, natively (no sops binary).
 * Reads refuse a file whose MAC does not verify. Writes decrypt the whole file, change one value,
 * re-encrypt (unchanged values keep their ciphertext) and replace the file atomically with mode 0600.
 * New values are written as strings (type str). sops files have no versions: `?version=` is refused.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { writeFileAtomic } from '../../fs/atomic-write.js';
import type { SecretRef, SecretStore, SecretValue } from '../types.js';
import { formatGoFloat, type SopsLeaf } from './cipher.js';
import { decryptSops, encryptSops, formatForPath, parseSopsDocument, type DecryptedSops } from './file.js';
import { BinarySopsDocument } from './formats/json.js';
import type { KeySeg, PlainNode, SopsDocument, SopsFormat } from './formats/types.js';
import { formatKeyPath, parseKeyPath } from './keypath.js';
import type { CryptRules } from './tree.js';

export interface SopsStoreOptions {
  /** age identities (bare keys or key-file contents). The entry point reads SOPS_AGE_KEY / SOPS_AGE_KEY_FILE. */
  ageIdentities: readonly string[];
  /** Recipients for files that do not exist yet. Existing files keep their own recipients. */
  ageRecipients?: readonly string[];
  /** Encryption rules for new files (default: unencrypted_suffix `_unencrypted`, like sops). */
  rules?: CryptRules;
  /** Relative paths in URIs resolve against this directory (the entry point passes the working directory). */
  baseDir: string;
  /** Force a format instead of choosing by extension. */
  format?: SopsFormat;
  now?: () => Date;
}

export class SopsStore implements SecretStore {
  readonly scheme = 'sops';
  readonly readOnly = false;

  constructor(private readonly opts: SopsStoreOptions) {}

  async get(ref: SecretRef): Promise<SecretValue> {
    const { file, path } = this.locate(ref);
    const dec = await this.load(file, ref);
    if (path.length === 0 && dec.doc instanceof BinarySopsDocument) {
      return { value: dec.doc.content().toString('utf8'), metadata: { lastmodified: dec.metadata.lastmodified } };
    }
    if (path.length === 0) throw new StoreError(`${ref.uri}: name a key with #key (for example #db.password)`, 'invalid');
    const node = dec.doc.get(path);
    if (!node) throw new StoreError(`${ref.uri}: key not found in ${file}`, 'not-found');
    if (node.kind !== 'leaf') throw new StoreError(`${ref.uri}: is a ${node.kind}, not a value; name a key below it`, 'invalid');
    return { value: leafToString(node.value), metadata: { lastmodified: dec.metadata.lastmodified } };
  }

  async getAll(ref: SecretRef): Promise<{ data: Record<string, string> }> {
    const { file, path } = this.locate(ref);
    const dec = await this.load(file, ref);
    if (dec.doc instanceof BinarySopsDocument) return { data: { data: dec.doc.content().toString('utf8') } };
    const node = dec.doc.get(path);
    if (!node) throw new StoreError(`${ref.uri}: key not found in ${file}`, 'not-found');
    const data: Record<string, string> = {};
    for (const [k, v] of flattenLeaves(node, [])) data[k] = leafToString(v);
    return { data };
  }

  async list(prefix: SecretRef): Promise<string[]> {
    const { file, path } = this.locate(prefix);
    const dec = await this.load(file, prefix);
    if (dec.doc instanceof BinarySopsDocument) return [];
    const node = dec.doc.get(path);
    if (!node) throw new StoreError(`${prefix.uri}: key not found in ${file}`, 'not-found');
    return flattenLeaves(node, []).map(([k]) => k);
  }

  async set(ref: SecretRef, value: string): Promise<{ version?: number }> {
    const { file, path } = this.locate(ref);
    const format = this.opts.format ?? formatForPath(file);
    if (format === 'binary' && path.length > 0) throw new StoreError(`${ref.uri}: a binary sops file holds one value; drop the #key`, 'invalid');
    if (format !== 'binary' && path.length === 0) throw new StoreError(`${ref.uri}: name the key to set with #key`, 'invalid');
    if (format !== 'binary' && format !== 'dotenv' && path[0] === 'sops') {
      throw new StoreError(`${ref.uri}: "sops" is the metadata block, not a key`, 'invalid');
    }
    const existing = await readIfExists(file);
    // An existing file keeps its data key, recipients and rules; a new one is created for ageRecipients.
    const previous = existing ? await decryptSops(existing, { ageIdentities: this.opts.ageIdentities, format, file }) : undefined;
    if (!previous && (this.opts.ageRecipients ?? []).length === 0) {
      throw new StoreError(`${ref.uri}: ${file} does not exist and no age recipient was given to create it`, 'invalid');
    }
    let doc: SopsDocument;
    if (format === 'binary') {
      doc = BinarySopsDocument.fromPlain(Buffer.from(value, 'utf8'), file);
    } else {
      doc = previous?.doc ?? parseSopsDocument(Buffer.from(format === 'json' ? '{}' : ''), format, file, false);
      doc.set(path, value);
    }
    const out = await encryptSops(doc, {
      previous,
      ageRecipients: this.opts.ageRecipients,
      rules: this.opts.rules,
      now: this.opts.now,
      file,
    });
    await writeFileAtomic(file, out);
    return {};
  }

  async delete(ref: SecretRef): Promise<void> {
    const { file, path } = this.locate(ref);
    if (path.length === 0) throw new StoreError(`${ref.uri}: name the key to delete with #key (stanch does not delete whole files)`, 'invalid');
    const dec = await this.load(file, ref);
    if (!dec.doc.delete(path)) throw new StoreError(`${ref.uri}: key not found in ${file}`, 'not-found');
    const out = await encryptSops(dec.doc, { previous: dec, now: this.opts.now, file });
    await writeFileAtomic(file, out);
  }

  private locate(ref: SecretRef): { file: string; path: KeySeg[] } {
    if (ref.version !== undefined) throw new StoreError(`${ref.uri}: sops files have no versions; drop ?version=`, 'invalid');
    const file = isAbsolute(ref.path) ? ref.path : resolve(this.opts.baseDir, ref.path);
    return { file, path: parseKeyPath(ref.key) };
  }

  private async load(file: string, ref: SecretRef): Promise<DecryptedSops> {
    const bytes = await readIfExists(file);
    if (!bytes) throw new StoreError(`${ref.uri}: file ${file} does not exist`, 'not-found');
    return decryptSops(bytes, { ageIdentities: this.opts.ageIdentities, format: this.opts.format ?? formatForPath(file), file });
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StoreError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 'unavailable');
  }
}

export function leafToString(v: SopsLeaf | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatGoFloat(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  return String(v);
}

function flattenLeaves(node: PlainNode, path: KeySeg[]): Array<[string, SopsLeaf | null]> {
  if (node.kind === 'leaf') return [[formatKeyPath(path), node.value]];
  if (node.kind === 'list') return node.items.flatMap((n, i) => flattenLeaves(n, [...path, i]));
  return node.entries.flatMap(([k, n]) => flattenLeaves(n, [...path, k]));
}
