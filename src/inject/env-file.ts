/**
 * Env files in the two dialects people feed them to:
 *
 * - `dotenv` (motdotla/dotenv and parsers that follow it: docker compose, python-dotenv, Node's
 *   --env-file): a value may be quoted with ', " or `. Inside single quotes and backticks the
 *   text is literal (newlines included); inside double quotes dotenv turns `\n` and `\r` into
 *   newline and carriage return and does nothing else. An unquoted value ends at `#` and is trimmed.
 *   So we always quote, and pick the first quote that can carry the value unchanged.
 * - `docker` (`docker run --env-file`): each line is `NAME=value`, the value taken literally to the
 *   end of the line: no quotes, no escapes, no multi-line values. `#` starts a comment only at the
 *   start of a line; leading whitespace of the line is dropped, the value's spaces are kept. Lines are
 *   read with Go's bufio.Scanner (a trailing \r is dropped, 64 KiB per line at most) and must be UTF-8.
 *
 * Errors name the variable, never the value.
 */
import { EXIT, StanchError } from '../model/errors.js';
import { ENV_NAME } from './mapping.js';

export type EnvFileFormat = 'dotenv' | 'docker';

export interface EnvEntry {
  name: string;
  value: string;
}

/** Go's bufio.MaxScanTokenSize: docker cannot read a longer line. */
export const DOCKER_MAX_LINE = 64 * 1024;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function formatEnvFile(entries: readonly EnvEntry[], format: EnvFileFormat): string {
  return entries.map((e) => formatEnvLine(e, format)).join('');
}

export function formatEnvLine({ name, value }: EnvEntry, format: EnvFileFormat): string {
  if (!ENV_NAME.test(name)) throw new StanchError(`${name}: not a valid variable name`, EXIT.USAGE);
  if (value.includes('\0')) throw new StanchError(`${name}: the value contains a NUL byte, which no environment can hold`, EXIT.USAGE);
  if (LONE_SURROGATE.test(value)) throw new StanchError(`${name}: the value is not valid Unicode text`, EXIT.USAGE);
  return format === 'docker' ? `${name}=${dockerValue(name, value)}\n` : `${name}=${dotenvValue(name, value)}\n`;
}

function dockerValue(name: string, value: string): string {
  if (/[\r\n]/.test(value)) {
    throw new StanchError(
      `${name}: the value spans several lines, which docker --env-file cannot carry; use --format dotenv (docker compose reads it), "stanch run", or file outputs`,
      EXIT.USAGE,
    );
  }
  if (Buffer.byteLength(`${name}=${value}`) >= DOCKER_MAX_LINE) {
    throw new StanchError(`${name}: the value is longer than docker --env-file reads (64 KiB per line); use file outputs`, EXIT.USAGE);
  }
  return value;
}

/**
 * The quoted form dotenv reads back as exactly `value`:
 * - '…' or `…` when the value does not contain that quote: literal. Not when the value ends with a
 *   backslash (dotenv would take `\'` as an escaped quote) or holds \r (dotenv normalises line ends).
 * - "…" otherwise, with \r and newline written as \r and \n; only possible when the value holds no `"`
 *   and no literal backslash-n / backslash-r (dotenv would turn those into control characters).
 */
export function dotenvValue(name: string, value: string): string {
  for (const q of ["'", '`']) {
    if (!value.includes(q) && !value.includes('\r') && !value.endsWith('\\')) return `${q}${value}${q}`;
  }
  if (!value.includes('"') && !/\\[nr]/.test(value) && !value.endsWith('\\')) {
    return `"${value.replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
  }
  throw new StanchError(
    `${name}: the value mixes quote characters (' " \`) or backslashes in a way dotenv cannot read back unchanged; use "stanch run" or file outputs`,
    EXIT.USAGE,
  );
}

/**
 * Reads a dotenv file by dotenv's rules (for `stanch secrets import`): `[export ]NAME=value`, quoted
 * values may span lines, double-quoted ones expand \n and \r, unquoted ones end at ` #` and are trimmed.
 * Malformed lines are errors naming file:line (dotenv itself skips them silently).
 */
export function parseDotenv(text: string, file: string): (EnvEntry & { line: number })[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const out: (EnvEntry & { line: number })[] = [];
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    const eol = src.indexOf('\n', pos);
    const end = eol === -1 ? src.length : eol;
    const raw = src.slice(pos, end);
    const startLine = line;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      pos = end + 1;
      line++;
      continue;
    }
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:\s)\s*/.exec(raw);
    if (!m) throw new StanchError(`${file}:${startLine}: expected NAME=value`, EXIT.USAGE);
    const name = m[1];
    const valueStart = pos + m[0].length;
    const q = src[valueStart];
    let value: string;
    if ((q === "'" || q === '"' || q === '`') && closingQuote(src, valueStart, q) !== -1) {
      const close = closingQuote(src, valueStart, q);
      value = src.slice(valueStart + 1, close);
      if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
      const after = src.indexOf('\n', close);
      const stop = after === -1 ? src.length : after;
      line += countNewlines(src, pos, stop) + 1;
      pos = stop + 1;
    } else {
      let v = raw.slice(m[0].length);
      const hash = v.indexOf('#');
      if (hash !== -1) v = v.slice(0, hash);
      value = v.trim();
      pos = end + 1;
      line++;
    }
    if (!ENV_NAME.test(name)) throw new StanchError(`${file}:${startLine}: "${name}" is not a valid variable name`, EXIT.USAGE);
    out.push({ name, value, line: startLine });
  }
  return out;
}

/** The quote closing a value that starts at `open`: followed only by spaces and an optional # comment. */
function closingQuote(src: string, open: number, q: string): number {
  for (let i = src.indexOf(q, open + 1); i !== -1; i = src.indexOf(q, i + 1)) {
    const rest = /^[ \t]*(?:#[^\n]*)?(?:\n|$)/.exec(src.slice(i + 1, i + 1 + 4096));
    if (rest) return i;
  }
  return -1;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Reads a file the way `docker run --env-file` does (docker/cli opts/envfile.go): used by tests and to
 * check what we wrote. Lines without `=` (take the value from the host) are returned with value undefined.
 */
export function parseDockerEnvFile(text: string): { name: string; value: string | undefined }[] {
  const out: { name: string; value: string | undefined }[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((rawLine, i) => {
    let l = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (i === 0) l = l.replace(/^\uFEFF/, '');
    l = l.replace(/^\s+/u, '');
    if (l === '' || l.startsWith('#')) return;
    const eq = l.indexOf('=');
    const name = (eq === -1 ? l : l.slice(0, eq)).replace(/^[ \t]+/, '');
    if (name === '') throw new Error(`line ${i + 1}: no variable name`);
    if (/[ \t]/.test(name)) throw new Error(`line ${i + 1}: variable '${name}' contains whitespaces`);
    out.push({ name, value: eq === -1 ? undefined : l.slice(eq + 1) });
  });
  return out;
}
