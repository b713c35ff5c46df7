/**
 * sops' value cipher (getsops/sops aes/cipher.go), byte for byte:
 *   ENC[AES256_GCM,data:<b64 ciphertext>,iv:<b64 32-byte IV>,tag:<b64 16-byte tag>,type:<str|int|float|bool|bytes|comment>]
 * AES-256-GCM with a 32-byte nonce; the additional data is the key path joined with ':' plus a trailing ':'.
 * Empty strings are not encrypted (sops writes "" and reads "" back).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const IV_BYTES = 32;
const TAG_BYTES = 16;
const ENC_RE = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;

/** A comment line of a YAML or dotenv file (text after the `#`). */
export class SopsComment {
  constructor(readonly text: string) {}
}

/** A YAML timestamp, held as Go's time.MarshalText form (RFC 3339, nanoseconds trimmed): sops type `time`. */
export class SopsTime {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/**
 * A plaintext leaf. The JS type carries the sops type:
 * string → str, bigint → int, number → float, boolean → bool, Uint8Array → raw bytes (binary files).
 */
export type SopsLeaf = string | bigint | number | boolean | Uint8Array | SopsTime;
export type SopsType = 'str' | 'int' | 'int64' | 'float' | 'bool' | 'bytes' | 'time' | 'comment';

export function isEncryptedValue(value: unknown): value is string {
  return typeof value === 'string' && ENC_RE.test(value);
}

/** Remembers IVs of decrypted values so an unchanged value re-encrypts to the same text (small diffs, like sops). */
export class IvStash {
  private readonly ivs = new Map<string, Buffer>();
  private static key(aad: string, type: SopsType, plain: Buffer): string {
    return `${type}\0${aad}\0${plain.toString('base64')}`;
  }
  remember(aad: string, type: SopsType, plain: Buffer, iv: Buffer): void {
    this.ivs.set(IvStash.key(aad, type, plain), iv);
  }
  recall(aad: string, type: SopsType, plain: Buffer): Buffer | undefined {
    return this.ivs.get(IvStash.key(aad, type, plain));
  }
}

/** Go's strconv.FormatFloat(x, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function formatGoFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  if (Object.is(x, -0)) return '-0';
  const s = String(x);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, first, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = first + frac;
  if (exp >= 0) {
    const point = 1 + exp;
    return digits.length <= point
      ? sign + digits + '0'.repeat(point - digits.length)
      : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** The bytes sops feeds to the MAC for a leaf (sops.ToBytes): bools are `True`/`False` for Python compatibility. */
export function leafBytes(leaf: SopsLeaf): Buffer {
  if (typeof leaf === 'string') return Buffer.from(leaf, 'utf8');
  if (typeof leaf === 'bigint') return Buffer.from(leaf.toString(), 'utf8');
  if (typeof leaf === 'number') return Buffer.from(formatGoFloat(leaf), 'utf8');
  if (typeof leaf === 'boolean') return Buffer.from(leaf ? 'True' : 'False', 'utf8');
  if (leaf instanceof SopsTime) return Buffer.from(leaf.text, 'utf8');
  return Buffer.from(leaf);
}

function typeOf(leaf: SopsLeaf | SopsComment): SopsType {
  if (leaf instanceof SopsComment) return 'comment';
  if (typeof leaf === 'string') return 'str';
  if (typeof leaf === 'bigint') return 'int';
  if (typeof leaf === 'number') return 'float';
  if (typeof leaf === 'boolean') return 'bool';
  if (leaf instanceof SopsTime) return 'time';
  // Raw bytes come from binary files, which sops encrypts as a Go string: type str.
  return 'str';
}

function isEmpty(leaf: SopsLeaf | SopsComment): boolean {
  if (leaf instanceof SopsComment) return leaf.text === '';
  if (typeof leaf === 'string') return leaf === '';
  if (leaf instanceof Uint8Array) return leaf.length === 0;
  return false;
}

export function encryptValue(leaf: SopsLeaf | SopsComment, key: Buffer, aad: string, stash?: IvStash): string {
  if (isEmpty(leaf)) return '';
  const type = typeOf(leaf);
  const plain = leaf instanceof SopsComment ? Buffer.from(leaf.text, 'utf8') : leafBytes(leaf);
  const iv = stash?.recall(aad, type, plain) ?? randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}

export class ValueDecryptError extends Error {}

export interface DecryptOptions {
  stash?: IvStash;
  /** Return `str` values as raw bytes (binary files may not be UTF-8). */
  rawStrings?: boolean;
}

/** Decrypts one sops value. Throws ValueDecryptError (without any plaintext in the message) on a bad format or tag. */
export function decryptValue(text: string, key: Buffer, aad: string, opts: DecryptOptions = {}): SopsLeaf | SopsComment {
  if (text === '') return '';
  const m = ENC_RE.exec(text);
  if (!m) throw new ValueDecryptError('value is not in sops ENC[AES256_GCM,...] format');
  const [, dataB64, ivB64, tagB64, type] = m;
  const data = Buffer.from(dataB64, 'base64');
  const iv = Buffer.from(ivB64, 'base64');
  const tag = Buffer.from(tagB64, 'base64');
  if (iv.length === 0 || tag.length !== TAG_BYTES) throw new ValueDecryptError('value has a malformed iv or tag');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new ValueDecryptError('AES-GCM authentication failed (wrong data key, moved value or tampered ciphertext)');
  }
  const leaf = fromPlainBytes(plain, type as SopsType, opts.rawStrings === true);
  opts.stash?.remember(aad, type as SopsType, plain, iv);
  return leaf;
}

function fromPlainBytes(plain: Buffer, type: SopsType, raw: boolean): SopsLeaf | SopsComment {
  const text = plain.toString('utf8');
  switch (type) {
    case 'str':
      return raw ? new Uint8Array(plain) : text;
    case 'int':
    case 'int64':
      if (!/^[+-]?\d+$/.test(text)) throw new ValueDecryptError(`value of type ${type} is not an integer`);
      return BigInt(text);
    case 'float':
      return parseGoFloat(text);
    case 'bool':
      if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
      if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
      throw new ValueDecryptError('value of type bool is not a boolean');
    case 'bytes':
      return new Uint8Array(plain);
    case 'time':
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
        throw new ValueDecryptError('value of type time is not an RFC 3339 timestamp');
      }
      return new SopsTime(text);
    case 'comment':
      return new SopsComment(text);
    default:
      throw new ValueDecryptError(`unknown sops value type "${String(type)}"`);
  }
}

function parseGoFloat(text: string): number {
  const t = text.toLowerCase();
  if (t === '+inf' || t === 'inf' || t === '+infinity' || t === 'infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  if (t === 'nan') return NaN;
  const n = Number(text);
  if (text.trim() === '' || Number.isNaN(n)) throw new ValueDecryptError('value of type float is not a number');
  return n;
}
