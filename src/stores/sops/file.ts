/**
 * Whole-file sops operations: parse by format, unwrap the data key with age, decrypt and check the MAC;
 * or encrypt, compute the MAC and write the metadata. A file whose MAC does not verify is refused.
 */
import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { StoreError } from '../errors.js';
import { parseAgeIdentities, unwrapDataKey, wrapDataKey } from './age.js';
import { decryptValue, encryptValue, IvStash } from './cipher.js';
import { DotenvSopsDocument } from './formats/dotenv.js';
import { BinarySopsDocument, JsonSopsDocument } from './formats/json.js';
import type { SopsDocument, SopsFormat } from './formats/types.js';
import { YamlSopsDocument } from './formats/yaml.js';
import {
  checkRules,
  effectiveRules,
  formatLastModified,
  metadataToObject,
  parseMetadata,
  SOPS_VERSION_WRITTEN,
  type SopsMetadata,
} from './metadata.js';
import { decryptTree, encryptTree, TreeDecryptError, type CryptRules } from './tree.js';

/** sops' own choice by extension (cmd/sops/formats): anything else is binary. */
export function formatForPath(path: string): SopsFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.env') return 'dotenv';
  return 'binary';
}

export function parseSopsDocument(bytes: Buffer, format: SopsFormat, file: string, encrypted: boolean): SopsDocument {
  const text = bytes.toString('utf8');
  switch (format) {
    case 'yaml':
      return YamlSopsDocument.parse(text, file);
    case 'json':
      return JsonSopsDocument.parse(text, file);
    case 'dotenv':
      return DotenvSopsDocument.parse(text, file);
    case 'binary':
      return encrypted ? BinarySopsDocument.parseEncrypted(text, file) : BinarySopsDocument.fromPlain(bytes, file);
  }
}

export interface DecryptedSops {
  doc: SopsDocument;
  metadata: SopsMetadata;
  dataKey: Buffer;
  /** IVs of the values read, so that re-encrypting unchanged values gives the same text. */
  stash: IvStash;
}

export interface SopsDecryptOptions {
  /** age identities: bare `AGE-SECRET-KEY-1…` strings or whole key files. */
  ageIdentities: readonly string[];
  format?: SopsFormat;
  /** Name used in messages (the file path). */
  file?: string;
}

export async function decryptSops(bytes: Buffer, opts: SopsDecryptOptions): Promise<DecryptedSops> {
  const file = opts.file ?? '<sops>';
  const format = opts.format ?? formatForPath(file);
  const doc = parseSopsDocument(bytes, format, file, true);
  const raw = doc.metadata();
  if (raw === undefined) throw new StoreError(`${file}: not a sops file (no "sops" metadata)`, 'invalid');
  const metadata = parseMetadata(raw, file);
  const dataKey = await unwrapDataKey(metadata.age, parseAgeIdentities(opts.ageIdentities), file);
  const stash = new IvStash();
  let computed: string;
  try {
    computed = decryptTree(doc, dataKey, effectiveRules(metadata), { stash, rawStrings: format === 'binary' });
  } catch (err) {
    if (err instanceof TreeDecryptError) {
      throw new StoreError(`${file}: cannot decrypt the value at "${err.keyPath}": ${err.message}; refusing the file`, 'integrity');
    }
    throw err;
  }
  let stored: unknown;
  try {
    stored = decryptValue(metadata.mac, dataKey, metadata.lastmodified);
  } catch {
    throw new StoreError(`${file}: the sops MAC cannot be decrypted (metadata was tampered with); refusing the file`, 'integrity');
  }
  if (stored !== computed) {
    throw new StoreError(`${file}: MAC mismatch: the file was changed outside sops/stanch; refusing the file`, 'integrity');
  }
  return { doc, metadata, dataKey, stash };
}

export interface SopsEncryptOptions {
  /** age recipients (`age1…`) for a new file. Ignored when `previous` is given. */
  ageRecipients?: readonly string[];
  /** Encryption rules for a new file (at most one of the suffix/regex settings). */
  rules?: CryptRules;
  /** The result of decryptSops for the same file: keeps its data key, recipients, rules and unchanged ciphertexts. */
  previous?: Pick<DecryptedSops, 'metadata' | 'dataKey' | 'stash'>;
  /** Clock (tests). */
  now?: () => Date;
  file?: string;
}

/** Encrypts a plaintext document in place and returns the file bytes. */
export async function encryptSops(doc: SopsDocument, opts: SopsEncryptOptions): Promise<Buffer> {
  const file = opts.file ?? '<sops>';
  let metadata: SopsMetadata;
  let dataKey: Buffer;
  if (opts.previous) {
    dataKey = opts.previous.dataKey;
    metadata = { ...opts.previous.metadata, other: { ...opts.previous.metadata.other } };
  } else {
    const recipients = opts.ageRecipients ?? [];
    if (recipients.length === 0) throw new StoreError(`${file}: no age recipient to encrypt for`, 'invalid');
    const rules = opts.rules ?? {};
    checkRules(rules, file);
    dataKey = randomBytes(32);
    metadata = {
      ...rules,
      age: await wrapDataKey(dataKey, recipients),
      lastmodified: '',
      mac: '',
      version: SOPS_VERSION_WRITTEN,
      other: {},
    };
    // sops writes the default rule (unencrypted_suffix) explicitly, except for binary files.
    if (doc.format !== 'binary') Object.assign(metadata, effectiveRules(rules));
  }
  metadata.lastmodified = formatLastModified((opts.now ?? (() => new Date()))());
  metadata.version = SOPS_VERSION_WRITTEN;
  const mac = encryptTree(doc, dataKey, effectiveRules(metadata), opts.previous?.stash);
  metadata.mac = encryptValue(mac, dataKey, metadata.lastmodified);
  doc.setMetadata(metadataToObject(metadata));
  return doc.serialize();
}

/** Plaintext bytes of a decrypted document, in its own format (what `sops --decrypt` prints). */
export function plaintextOf(doc: SopsDocument): Buffer {
  if (doc instanceof BinarySopsDocument) return doc.content();
  doc.setMetadata(undefined);
  return doc.serialize();
}

/** Convenience: decrypt file bytes to plaintext bytes. */
export async function sopsDecryptBytes(bytes: Buffer, opts: SopsDecryptOptions): Promise<Buffer> {
  const { doc } = await decryptSops(bytes, opts);
  return plaintextOf(doc);
}

/** Convenience: encrypt plaintext bytes of the given format for age recipients. */
export async function sopsEncryptBytes(
  plain: Buffer,
  opts: { format: SopsFormat; ageRecipients: readonly string[]; rules?: CryptRules; now?: () => Date; file?: string },
): Promise<Buffer> {
  const file = opts.file ?? '<plaintext>';
  const doc = parseSopsDocument(plain, opts.format, file, false);
  if (doc.metadata() !== undefined) throw new StoreError(`${file}: already has sops metadata (already encrypted?)`, 'invalid');
  return encryptSops(doc, { ...opts, file });
}
