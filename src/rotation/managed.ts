/**
 * The managed set for leak matching: the URIs listed in `[rotation] managed`, plus what the
 * policies' globs name in the stores (Vault: folders listed from the glob's literal prefix;
 * SOPS: key paths inside a literally named file). Listing reads names only, except a Vault glob
 * without `#key`, which reads each secret to learn its keys.
 */
import type { SecretStore } from '../stores/types.js';
import { makeRef, parseStoreUri } from '../stores/uri.js';
import type { RotationConfig } from './config.js';
import { messageOf } from './rotator.js';

const MAX_DEPTH = 6;
const MAX_SECRETS = 1000;

export interface ManagedSet {
  uris: string[];
  /** Globs that could not be listed, with why (value-free). */
  problems: { uri: string; message: string }[];
}

export async function managedUris(config: RotationConfig, openStore: (scheme: string) => Promise<SecretStore>): Promise<ManagedSet> {
  const uris = new Set(config.managed);
  const problems: ManagedSet['problems'] = [];
  for (const policy of config.policies) {
    const glob = policy.match;
    if (!/[*?]/.test(glob)) {
      if (glob.includes('#')) uris.add(glob);
      continue;
    }
    try {
      const scheme = glob.slice(0, glob.indexOf('://'));
      const store = await openStore(scheme);
      for (const uri of await expandGlob(glob, scheme, store)) if (policy.matches(uri)) uris.add(uri);
    } catch (err) {
      problems.push({ uri: glob, message: messageOf(err) });
    }
  }
  return { uris: [...uris], problems };
}

async function expandGlob(glob: string, scheme: string, store: SecretStore): Promise<string[]> {
  const body = glob.slice(scheme.length + 3);
  const hash = body.indexOf('#');
  const pathPart = hash >= 0 ? body.slice(0, hash) : body;
  const keyPart = hash >= 0 ? body.slice(hash + 1) : undefined;
  if (scheme === 'sops') {
    if (/[*?]/.test(pathPart)) throw new Error('sops globs must name the file literally (only the #key may use * and **)');
    const keys = await store.list(parseStoreUri(`sops://${pathPart}`));
    return keys.map((k) => makeRef({ scheme, path: pathPart, key: k }).uri);
  }
  if (scheme !== 'vault') return [];
  const literal = pathPart.slice(0, pathPart.search(/[*?]/));
  const folder = literal.slice(0, literal.lastIndexOf('/') + 1);
  const secrets: string[] = [];
  await walk(store, folder, 0, secrets);
  const out: string[] = [];
  for (const path of secrets) {
    if (keyPart !== undefined && !/[*?]/.test(keyPart)) {
      out.push(makeRef({ scheme, path, key: keyPart }).uri);
      continue;
    }
    // The keys of a Vault secret are only known by reading it; the values are dropped at once.
    const all = await store.getAll!(makeRef({ scheme, path }));
    for (const k of Object.keys(all.data)) out.push(makeRef({ scheme, path, key: k }).uri);
  }
  return out;
}

async function walk(store: SecretStore, folder: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH || out.length >= MAX_SECRETS) return;
  const names = await store.list(makeRef({ scheme: 'vault', path: folder }));
  for (const name of names) {
    if (out.length >= MAX_SECRETS) return;
    if (name.endsWith('/')) await walk(store, folder + name, depth + 1, out);
    else out.push(folder + name);
  }
}
