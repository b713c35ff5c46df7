/**
 * Store URIs: `scheme://path[?version=N][#key]`.
 *
 *   vault://secret/app/db#password        (vault: mount + path, KV field)
 *   vault://secret/app/db?version=3#password
 *   sops://deploy/secrets.enc.yaml#db.password   (sops: file path, dotted key path)
 *   sops:///abs/dir/secrets.enc.json#api.key     (absolute file path: three slashes)
 *   env://NAME
 *
 * `#key?version=N` (query written after the fragment) is accepted too, because people write it.
 * Path and key are percent-decoded, so `%23` and `%3F` carry a literal `#` or `?`.
 */
import { StoreError } from './errors.js';
import type { SecretRef } from './types.js';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

export function parseStoreUri(uri: string): SecretRef {
  const where = `store URI "${uri}"`;
  const m = SCHEME.exec(uri);
  if (!m) {
    throw new StoreError(`${where}: expected scheme://path (for example vault://secret/app#key, sops://file.enc.yaml#a.b, env://NAME)`, 'invalid');
  }
  const scheme = m[1].toLowerCase();
  let rest = uri.slice(m[0].length);

  let fragment: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query: string | undefined;
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  } else if (fragment !== undefined) {
    const fq = fragment.indexOf('?');
    if (fq >= 0) {
      query = fragment.slice(fq + 1);
      fragment = fragment.slice(0, fq);
    }
  }

  const path = decode(rest, where, 'path');
  if (path === '' || path === '/') throw new StoreError(`${where}: the path is empty`, 'invalid');
  const ref: SecretRef = { scheme, path, uri };
  if (fragment !== undefined) {
    const key = decode(fragment, where, 'key');
    if (key === '') throw new StoreError(`${where}: the #key is empty (drop the # or name a key)`, 'invalid');
    ref.key = key;
  }
  if (query !== undefined && query !== '') {
    for (const part of query.split('&')) {
      const eq = part.indexOf('=');
      const name = eq >= 0 ? part.slice(0, eq) : part;
      const value = eq >= 0 ? part.slice(eq + 1) : '';
      if (name !== 'version') {
        throw new StoreError(`${where}: unknown query parameter "${name}" (only ?version=N is supported)`, 'invalid');
      }
      if (!/^[1-9][0-9]{0,15}$/.test(value)) {
        throw new StoreError(`${where}: version must be a positive integer, got "${value}"`, 'invalid');
      }
      ref.version = Number(value);
    }
  }
  return ref;
}

/** The canonical URI for a ref (used in audit records and cache keys). Never contains a value. */
export function formatStoreUri(ref: Omit<SecretRef, 'uri'> & { uri?: string }): string {
  let out = `${ref.scheme}://${encodePart(ref.path, /[#?%]/g)}`;
  if (ref.version !== undefined) out += `?version=${ref.version}`;
  if (ref.key !== undefined) out += `#${encodePart(ref.key, /[#?%]/g)}`;
  return out;
}

/** A ref with `uri` filled in canonically; handy when code builds refs from parts. */
export function makeRef(parts: Omit<SecretRef, 'uri'>): SecretRef {
  return { ...parts, uri: formatStoreUri(parts) };
}

function decode(text: string, where: string, field: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new StoreError(`${where}: bad percent-encoding in the ${field}`, 'invalid');
  }
}

function encodePart(text: string, chars: RegExp): string {
  return text.replace(chars, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
