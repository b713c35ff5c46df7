/**
 * Config templates with secret references:
 *
 *   password: [[stanch:vault://secret/app/db#password]]
 *   "token": [[stanch:sops://deploy/secrets.enc.yaml#api.token | json]]
 *
 * Why `[[stanch:…]]`: `{{ }}` belongs to Go templates, Helm, Jinja, Mustache and Actions (`${{ }}`),
 * `${…}` to shells, compose and Spring, `((…))` to Concourse. A file can go through one of those and
 * through stanch without the two fighting over the same braces.
 *
 * Filters: `| json` writes a JSON string literal (quotes and escapes included), `| base64` base64,
 * `| raw` (default) the value as is. `\[[stanch:` writes a literal `[[stanch:`.
 * A reference that is malformed or cannot be resolved is an error naming file:line; the output file
 * is only written when every reference resolved.
 */
import { EXIT, StanchError } from '../model/errors.js';
import { parseStoreUri } from '../stores/uri.js';

export type TemplateFilter = 'raw' | 'json' | 'base64';

export interface TemplateReference {
  uri: string;
  filter: TemplateFilter;
  line: number;
  start: number;
  end: number;
  /** `\[[stanch:` : not a reference, written literally without the backslash. */
  escaped: boolean;
}

const START = /\\?\[\[[ \t]*stanch:/g;
const FULL = /(\\?)\[\[[ \t]*stanch:([^\s|\]]+)[ \t]*(?:\|[ \t]*([a-z0-9]+)[ \t]*)?\]\]/y;
const FILTERS = new Set<TemplateFilter>(['raw', 'json', 'base64']);

export function findReferences(text: string, file: string): TemplateReference[] {
  const refs: TemplateReference[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const line = lineAt(text, m.index);
    if (m[0].startsWith('\\')) {
      refs.push({ uri: '', filter: 'raw', line, start: m.index, end: m.index + m[0].length, escaped: true });
      continue;
    }
    FULL.lastIndex = m.index;
    const full = FULL.exec(text);
    if (!full) throw new StanchError(`${file}:${line}: malformed reference (expected [[stanch:scheme://path#key]] or [[stanch:URI | json]])`, EXIT.USAGE);
    const filter = (full[3] ?? 'raw') as TemplateFilter;
    if (!FILTERS.has(filter)) throw new StanchError(`${file}:${line}: unknown filter "${full[3]}" (known: raw, json, base64)`, EXIT.USAGE);
    try {
      parseStoreUri(full[2]);
    } catch (err) {
      throw new StanchError(`${file}:${line}: ${(err as Error).message}`, EXIT.USAGE);
    }
    refs.push({ uri: full[2], filter, line, start: m.index, end: m.index + full[0].length, escaped: false });
    START.lastIndex = m.index + full[0].length;
  }
  return refs;
}

/** Reads every distinct URI once (in order of first use), then substitutes; nothing is returned on any failure. */
export async function renderTemplate(text: string, file: string, read: (uri: string) => Promise<string>): Promise<{ output: string; uris: string[] }> {
  const refs = findReferences(text, file);
  const values = new Map<string, string>();
  for (const r of refs) {
    if (r.escaped || values.has(r.uri)) continue;
    try {
      values.set(r.uri, await read(r.uri));
    } catch (err) {
      const code = err instanceof StanchError ? err.exitCode : EXIT.STORE;
      throw new StanchError(`${file}:${r.line}: cannot resolve ${r.uri}: ${(err as Error).message.split('\n')[0]}`, code);
    }
  }
  let out = '';
  let pos = 0;
  for (const r of refs) {
    out += text.slice(pos, r.start);
    out += r.escaped ? text.slice(r.start + 1, r.end) : applyFilter(values.get(r.uri)!, r.filter);
    pos = r.end;
  }
  out += text.slice(pos);
  return { output: out, uris: [...values.keys()] };
}

function applyFilter(value: string, filter: TemplateFilter): string {
  if (filter === 'json') return JSON.stringify(value);
  if (filter === 'base64') return Buffer.from(value, 'utf8').toString('base64');
  return value;
}

function lineAt(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
