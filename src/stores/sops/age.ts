/**
 * The data key, wrapped for each age recipient as an armored age file (what sops' age key source does).
 */
import { Decrypter, Encrypter, armor } from 'age-encryption';
import { StoreError } from '../errors.js';
import type { AgeKey } from './metadata.js';

const IDENTITY_LINE = /^AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+$/;

/**
 * Identities from strings that may each be a bare key or a whole key file (comments, several keys).
 * That is the shape of SOPS_AGE_KEY and of SOPS_AGE_KEY_FILE's content; the entry point reads those.
 */
export function parseAgeIdentities(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      if (!IDENTITY_LINE.test(line)) {
        throw new StoreError('an age identity is malformed (expected lines starting with AGE-SECRET-KEY-1)', 'invalid');
      }
      out.push(line);
    }
  }
  return out;
}

export async function wrapDataKey(dataKey: Buffer, recipients: readonly string[]): Promise<AgeKey[]> {
  const out: AgeKey[] = [];
  for (const recipient of recipients) {
    const enc = new Encrypter();
    try {
      enc.addRecipient(recipient);
    } catch {
      throw new StoreError(`age recipient "${recipient}" is not valid (expected age1...)`, 'invalid');
    }
    const file = await enc.encrypt(new Uint8Array(dataKey));
    out.push({ recipient, enc: armor.encode(file) });
  }
  return out;
}

/** Tries every identity against every age stanza; the error names recipients, never key material. */
export async function unwrapDataKey(keys: readonly AgeKey[], identities: readonly string[], file: string): Promise<Buffer> {
  if (keys.length === 0) {
    throw new StoreError(`${file}: no age recipients in the sops metadata (only age is supported natively; use the sops binary for kms/pgp)`, 'unavailable');
  }
  if (identities.length === 0) {
    throw new StoreError(`${file}: no age identity given (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)`, 'unavailable');
  }
  const dec = new Decrypter();
  for (const id of identities) dec.addIdentity(id);
  for (const key of keys) {
    let raw: Uint8Array;
    try {
      raw = armor.decode(key.enc);
    } catch {
      continue;
    }
    try {
      const dataKey = Buffer.from(await dec.decrypt(raw));
      if (dataKey.length !== 32) throw new StoreError(`${file}: the data key for ${key.recipient} is not 32 bytes`, 'integrity');
      return dataKey;
    } catch (err) {
      if (err instanceof StoreError) throw err;
      // not our recipient; try the next stanza
    }
  }
  throw new StoreError(
    `${file}: none of the given age identities can decrypt the data key (recipients: ${keys.map((k) => k.recipient).join(', ')})`,
    'unavailable',
  );
}
