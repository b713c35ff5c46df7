/**
 * The mapping file that says which secret becomes which variable:
 *
 *   # YAML                                   # or .env-like lines
 *   DB_PASSWORD: vault://secret/app/db#password   DB_PASSWORD=vault://secret/app/db#password
 *   API_KEY: sops://deploy/secrets.enc.yaml#api   export API_KEY=sops://deploy/secrets.enc.yaml#api
 *
 * Names are checked ([A-Za-z_][A-Za-z0-9_]*, no duplicates) and URIs parsed up front, so a typo is
 * reported with file:line before any store is asked for anything.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { EXIT, StanchError } from '../model/errors.js';
import { parseStoreUri } from '../stores/uri.js';
import type { SecretRef } from '../stores/types.js';

export interface MappingEntry {
  /** Environment variable name. */
  name: string;
  /** The store URI as written. */
  uri: string;
  ref: SecretRef;
  /** 1-based line in the mapping file (for error messages). */
  line: number;
}

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const ENV_LINE = /^\s*(?:export\s+)?([^=\s:]+)\s*=(.*)$/;

/** Parses a mapping; `file` only labels errors. */
export function parseMapping(text: string, file: string): MappingEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meaningful = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (meaningful.length === 0) throw new StanchError(`${file}: the mapping is empty (expected lines like NAME: vault://secret/app#key)`, EXIT.USAGE);
  const envLike = meaningful.every(({ l }) => ENV_LINE.test(l));
  const raw = envLike ? parseEnvLines(meaningful) : parseYamlMapping(text, file);
  return validate(raw, file);
}

function parseEnvLines(lines: { l: string; i: number }[]): { name: string; uri: string; line: number }[] {
  return lines.map(({ l, i }) => {
    const m = ENV_LINE.exec(l)!;
    return { name: m[1], uri: unquote(m[2].trim()), line: i + 1 };
  });
}

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0]) ? v.slice(1, -1) : v;
}

function parseYamlMapping(text: string, file: string): { name: string; uri: string; line: number }[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 0 : counter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new StanchError(`${file}:${e.linePos?.[0].line ?? lineOf(e.pos[0])}: not a valid mapping (YAML: ${e.message.split('\n')[0]})`, EXIT.USAGE);
  }
  if (!isMap(doc.contents)) throw new StanchError(`${file}:1: expected a mapping of NAME: store-uri`, EXIT.USAGE);
  const out: { name: string; uri: string; line: number }[] = [];
  for (const pair of doc.contents.items) {
    const key = pair.key;
    const line = lineOf(isScalar(key) ? key.range?.[0] : undefined);
    if (!isScalar(key) || typeof key.value !== 'string') throw new StanchError(`${file}:${line}: each key must be a variable name`, EXIT.USAGE);
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string') {
      throw new StanchError(`${file}:${line}: ${key.value}: the value must be a store URI string (vault://…, sops://…, env://…)`, EXIT.USAGE);
    }
    out.push({ name: key.value, uri: value.value.trim(), line });
  }
  return out;
}

function validate(raw: { name: string; uri: string; line: number }[], file: string): MappingEntry[] {
  const seen = new Map<string, number>();
  return raw.map(({ name, uri, line }) => {
    if (!ENV_NAME.test(name)) {
      throw new StanchError(`${file}:${line}: "${name}" is not a valid variable name (letters, digits, _; not starting with a digit)`, EXIT.USAGE);
    }
    const first = seen.get(name);
    if (first !== undefined) throw new StanchError(`${file}:${line}: ${name} is mapped twice (first at line ${first})`, EXIT.USAGE);
    seen.set(name, line);
    if (uri === '') throw new StanchError(`${file}:${line}: ${name}: the store URI is empty`, EXIT.USAGE);
    let ref: SecretRef;
    try {
      ref = parseStoreUri(uri);
    } catch (err) {
      throw new StanchError(`${file}:${line}: ${name}: ${(err as Error).message}`, EXIT.USAGE);
    }
    return { name, uri, ref, line };
  });
}

/** Reads and parses a mapping file; a missing file is a one-line error. */
export async function readMappingFile(file: string): Promise<MappingEntry[]> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new StanchError(`${file}: cannot read the mapping (${(err as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.USAGE);
  }
  return parseMapping(text, file);
}
