/**
 * The `sops:` metadata block (getsops/sops stores/stores.go Metadata), read from and written to a plain
 * object. Keys are written in sorted order, which is what sops 3.x writes; empty fields are left out.
 * Only age recipients are handled natively; other key types are kept as they are so that a file that also
 * has (say) KMS keys can still be read with an age identity, and they are written back unchanged.
 */
import { StoreError } from '../errors.js';
import type { CryptRules } from './tree.js';

export const SOPS_VERSION_WRITTEN = '3.13.3';

export interface AgeKey {
  recipient: string;
  /** Armored age file holding the 32-byte data key. */
  enc: string;
}

export interface SopsMetadata extends CryptRules {
  age: AgeKey[];
  /** RFC 3339 UTC, the MAC's additional data. Kept as the exact text found in the file. */
  lastmodified: string;
  mac: string;
  version: string;
  /** Key types stanch does not use (kms, pgp, gcp_kms, azure_kv, hc_vault, key_groups, shamir_threshold…), kept verbatim. */
  other: Record<string, unknown>;
}

const RULE_FIELDS: Array<[keyof CryptRules, string]> = [
  ['unencryptedSuffix', 'unencrypted_suffix'],
  ['encryptedSuffix', 'encrypted_suffix'],
  ['unencryptedRegex', 'unencrypted_regex'],
  ['encryptedRegex', 'encrypted_regex'],
  ['unencryptedCommentRegex', 'unencrypted_comment_regex'],
  ['encryptedCommentRegex', 'encrypted_comment_regex'],
];
const KNOWN = new Set(['age', 'lastmodified', 'mac', 'version', 'mac_only_encrypted', ...RULE_FIELDS.map(([, f]) => f)]);

export function parseMetadata(raw: unknown, file: string): SopsMetadata {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new StoreError(`${file}: not a sops file (no "sops" metadata block)`, 'invalid');
  }
  const obj = raw as Record<string, unknown>;
  const str = (field: string): string | undefined => {
    const v = obj[field];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') throw new StoreError(`${file}: sops metadata field "${field}" must be a string`, 'invalid');
    return v;
  };
  const age: AgeKey[] = [];
  const rawAge = obj.age;
  if (rawAge !== undefined && rawAge !== null) {
    if (!Array.isArray(rawAge)) throw new StoreError(`${file}: sops metadata field "age" must be a list`, 'invalid');
    rawAge.forEach((entry, i) => {
      const e = entry as Record<string, unknown> | null;
      if (!e || typeof e.recipient !== 'string' || typeof e.enc !== 'string') {
        throw new StoreError(`${file}: sops metadata age[${i}] needs "recipient" and "enc"`, 'invalid');
      }
      age.push({ recipient: e.recipient, enc: e.enc });
    });
  }
  const lastmodified = str('lastmodified');
  const mac = str('mac');
  if (!lastmodified) throw new StoreError(`${file}: sops metadata has no "lastmodified"`, 'invalid');
  if (!mac) throw new StoreError(`${file}: sops metadata has no "mac"`, 'invalid');
  const md: SopsMetadata = { age, lastmodified, mac, version: str('version') ?? '', other: {} };
  let ruleCount = 0;
  for (const [prop, field] of RULE_FIELDS) {
    const v = str(field);
    if (v !== undefined) {
      md[prop] = v as never;
      ruleCount++;
    }
  }
  if (ruleCount > 1) {
    throw new StoreError(`${file}: sops metadata sets more than one of ${RULE_FIELDS.map(([, f]) => f).join(', ')}`, 'invalid');
  }
  const macOnly = obj.mac_only_encrypted;
  if (macOnly === true || macOnly === 'true') md.macOnlyEncrypted = true;
  for (const [k, v] of Object.entries(obj)) if (!KNOWN.has(k)) md.other[k] = v;
  return md;
}

/** The rules used for walking; with none set, sops uses unencrypted_suffix `_unencrypted`. */
export function effectiveRules(md: CryptRules): CryptRules {
  const anySet = RULE_FIELDS.some(([prop]) => md[prop]);
  return anySet ? md : { ...md, unencryptedSuffix: '_unencrypted' };
}

/** Validates rules given by a caller creating a file (same constraint sops enforces). */
export function checkRules(rules: CryptRules, where: string): void {
  const set = RULE_FIELDS.filter(([prop]) => rules[prop]);
  if (set.length > 1) {
    throw new StoreError(`${where}: use only one of ${set.map(([, f]) => f).join(', ')}`, 'invalid');
  }
}

/** Plain object in sops' key order (sorted), ready for YAML/JSON/dotenv writers. */
export function metadataToObject(md: SopsMetadata): Record<string, unknown> {
  const out: Record<string, unknown> = { ...md.other };
  if (md.age.length > 0) out.age = md.age.map((a) => ({ enc: a.enc, recipient: a.recipient }));
  out.lastmodified = md.lastmodified;
  out.mac = md.mac;
  if (md.macOnlyEncrypted) out.mac_only_encrypted = true;
  for (const [prop, field] of RULE_FIELDS) {
    const v = md[prop];
    if (typeof v === 'string' && v !== '') out[field] = v;
  }
  out.version = md.version;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k];
  return sorted;
}

/** sops' time.RFC3339 in UTC without fractions: 2006-01-02T15:04:05Z. */
export function formatLastModified(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** dotenv/ini flattening (stores/flatten.go): `age__list_0__map_enc`. */
export function flattenMetadata(obj: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const rec = (prefix: string, v: unknown): void => {
    if (Array.isArray(v)) v.forEach((item, i) => rec(`${prefix}__list_${i}`, item));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) rec(`${prefix}__map_${k}`, x);
    else out.push([prefix, v]);
  };
  for (const [k, v] of Object.entries(obj)) rec(k, v);
  return out;
}

export function unflattenMetadata(entries: Array<[string, string]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [flatKey, value] of entries) {
    const parts = flatKey.split('__');
    let node: Record<string, unknown> | unknown[] = root;
    let key: string | number = parts[0];
    for (const seg of parts.slice(1)) {
      const isList = seg.startsWith('list_');
      const next: string | number = isList ? Number(seg.slice(5)) : seg.replace(/^map_/, '');
      const container = (node as Record<string | number, unknown>)[key as never] ?? (isList ? [] : {});
      (node as Record<string | number, unknown>)[key as never] = container as never;
      node = container as Record<string, unknown> | unknown[];
      key = next;
    }
    (node as Record<string | number, unknown>)[key as never] = value as never;
  }
  return root;
}
