/**
 * The `[rotation]` section of `.stanch.toml`: which secrets are managed (for leak matching), and
 * policies that say how often a secret is rotated, how a new value is made and how it is checked.
 *
 *   [rotation]
 *   managed = ["vault://secret/app/db#password", "sops://deploy/secrets.enc.yaml#db.password"]
 *
 *   [[rotation.policies]]
 *   match = "vault://secret/app/*"          # glob on URIs: * within a path segment, ** across
 *   every = "90d"                           # s, m, h, d, w; absent = only on demand / on leak
 *   generator = { kind = "random", length = 40, alphabet = "base62" }
 *   verify = { command = ["./check-db.sh"] }   # or { http = { url = "...", expectStatus = 200 } }
 *   autoRotateOnLeak = true
 *
 * Errors name the file and the field (`.stanch.toml: [[rotation.policies]] #2 field "every": ...`).
 * Nothing here reads the environment; commands are resolved against the config file's directory.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { EXIT, StanchError } from '../model/errors.js';
import { parseDuration } from './duration.js';
import { compileUriGlob } from './glob.js';
import { ALPHABETS, type GeneratorSpec } from './generators.js';

export interface CommandSpec {
  /** argv; [0] relative paths resolve against the config directory. */
  command: string[];
  /** Milliseconds before the command is killed. */
  timeoutMs: number;
}

export type VerifySpec =
  | (CommandSpec & { kind: 'command'; /** How the command receives the new value: on stdin (default) or as STANCH_NEW_VALUE. */ valueIn: 'stdin' | 'env' })
  | {
      kind: 'http';
      url: string;
      method: string;
      expectStatus: number;
      /** Header values may contain `${NEW_VALUE}`; the URL may not (URLs end up in logs). */
      headers: Record<string, string>;
      timeoutMs: number;
    };

export interface RotationPolicy {
  /** The glob as written (shown in plans and audit details). */
  match: string;
  matches(uri: string): boolean;
  everyMs?: number;
  every?: string;
  generator: GeneratorSpec;
  verify?: VerifySpec;
  autoRotateOnLeak: boolean;
  /** The command generator gets the old value on stdin only when this is set. */
  passOldValue: boolean;
  /** Environment variables (names) the generator and verify commands may see, besides PATH, HOME, LANG, TMPDIR. */
  env: string[];
}

export interface RotationConfig {
  /** Where it came from (for messages); absent when built in code. */
  file?: string;
  /** Directory commands are resolved against. */
  baseDir: string;
  managed: string[];
  policies: RotationPolicy[];
}

type Table = Record<string, unknown>;

const ROTATION_KEYS = new Set(['managed', 'policies']);
const POLICY_KEYS = new Set(['match', 'every', 'generator', 'verify', 'autoRotateOnLeak', 'passOldValue', 'env']);
const GENERATOR_KEYS: Record<string, Set<string>> = {
  random: new Set(['kind', 'length', 'alphabet']),
  prefixed: new Set(['kind', 'prefix', 'length', 'alphabet']),
  command: new Set(['kind', 'command', 'timeout']),
};
const DEFAULT_HOOK_TIMEOUT_MS = 30_000;
const DEFAULT_HTTP_TIMEOUT_MS = 10_000;
const MAX_LENGTH = 4096;

function isTable(v: unknown): v is Table {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

class Where {
  constructor(
    readonly file: string,
    readonly section: string,
  ) {}
  fail(field: string, problem: string): never {
    throw new StanchError(`${this.file}: ${this.section} field "${field}": ${problem}`, EXIT.USAGE);
  }
  checkKeys(t: Table, allowed: Set<string>, prefix = ''): void {
    for (const k of Object.keys(t)) if (!allowed.has(k)) this.fail(prefix + k, `unknown field (known: ${[...allowed].join(', ')})`);
  }
}

/** Reads `file` and returns its `[rotation]` section (an empty config when the file has none). */
export function loadRotationConfig(file: string): RotationConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new StanchError(code === 'ENOENT' ? `rotation config not found: ${file}` : `${file}: cannot read (${code})`, EXIT.USAGE);
  }
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    const e = err as { line?: number; message?: string };
    const where = typeof e.line === 'number' ? `${file}:${e.line}` : file;
    throw new StanchError(`${where}: invalid TOML: ${String(e.message ?? err).split('\n')[0]}`, EXIT.USAGE);
  }
  return parseRotationSection(doc.rotation, { file, baseDir: dirname(resolve(file)) });
}

/** Validates a parsed `[rotation]` table (undefined = none). */
export function parseRotationSection(raw: unknown, ctx: { file: string; baseDir: string }): RotationConfig {
  const top = new Where(ctx.file, '[rotation]');
  const config: RotationConfig = { file: ctx.file, baseDir: ctx.baseDir, managed: [], policies: [] };
  if (raw === undefined) return config;
  if (!isTable(raw)) throw new StanchError(`${ctx.file}: "rotation" must be a table ([rotation])`, EXIT.USAGE);
  top.checkKeys(raw, ROTATION_KEYS);
  if (raw.managed !== undefined) {
    if (!Array.isArray(raw.managed) || raw.managed.some((u) => typeof u !== 'string')) top.fail('managed', 'must be a list of store URIs');
    for (const uri of raw.managed as string[]) {
      if (!/^[a-z][a-z0-9+.-]*:\/\/./i.test(uri)) top.fail('managed', `"${uri}" is not a store URI (vault://…, sops://…)`);
      if (uri.includes('*')) top.fail('managed', `"${uri}": globs belong in [[rotation.policies]] match, list exact URIs here`);
    }
    config.managed = [...new Set(raw.managed as string[])];
  }
  if (raw.policies !== undefined) {
    if (!Array.isArray(raw.policies)) top.fail('policies', 'must be an array of tables ([[rotation.policies]])');
    (raw.policies as unknown[]).forEach((p, i) => config.policies.push(parsePolicy(p, new Where(ctx.file, `[[rotation.policies]] #${i + 1}`), ctx.baseDir)));
  }
  return config;
}

function parsePolicy(raw: unknown, where: Where, baseDir: string): RotationPolicy {
  if (!isTable(raw)) where.fail('(policy)', 'must be a table');
  where.checkKeys(raw, POLICY_KEYS);
  if (typeof raw.match !== 'string' || raw.match === '') where.fail('match', 'required: a URI glob such as "vault://secret/app/*"');
  let matches: (uri: string) => boolean;
  try {
    matches = compileUriGlob(raw.match);
  } catch (err) {
    where.fail('match', (err as Error).message);
  }
  const policy: RotationPolicy = {
    match: raw.match,
    matches,
    generator: parseGenerator(raw.generator, where, baseDir),
    autoRotateOnLeak: optBool(raw, 'autoRotateOnLeak', where) ?? false,
    passOldValue: optBool(raw, 'passOldValue', where) ?? false,
    env: [],
  };
  if (raw.every !== undefined) {
    const ms = typeof raw.every === 'string' ? parseDuration(raw.every) : undefined;
    if (ms === undefined) where.fail('every', `expected a duration like "30d", "12h", "2w" (units s, m, h, d, w), got ${JSON.stringify(raw.every)}`);
    policy.every = raw.every as string;
    policy.everyMs = ms;
  }
  if (raw.env !== undefined) {
    if (!Array.isArray(raw.env) || raw.env.some((n) => typeof n !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) {
      where.fail('env', 'must be a list of environment variable names');
    }
    policy.env = raw.env as string[];
  }
  if (raw.verify !== undefined) policy.verify = parseVerify(raw.verify, where, baseDir);
  return policy;
}

function parseGenerator(raw: unknown, where: Where, baseDir: string): GeneratorSpec {
  if (raw === undefined) return { kind: 'random', length: 40, alphabet: ALPHABETS.base62 };
  if (!isTable(raw)) where.fail('generator', 'must be a table: { kind = "random" | "prefixed" | "command", ... }');
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(kind in GENERATOR_KEYS)) where.fail('generator.kind', 'must be "random", "prefixed" or "command"');
  where.checkKeys(raw, GENERATOR_KEYS[kind], 'generator.');
  if (kind === 'command') {
    return { kind: 'command', ...parseCommand(raw, where, 'generator', baseDir, DEFAULT_HOOK_TIMEOUT_MS) };
  }
  const length = raw.length ?? 40;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 8 || length > MAX_LENGTH) {
    where.fail('generator.length', `must be an integer from 8 to ${MAX_LENGTH}`);
  }
  const alphabet = parseAlphabet(raw.alphabet, where);
  if (kind === 'prefixed') {
    if (typeof raw.prefix !== 'string' || raw.prefix === '' || /\s/.test(raw.prefix)) where.fail('generator.prefix', 'required: a non-empty prefix without spaces, e.g. "sk_live_"');
    return { kind: 'prefixed', prefix: raw.prefix, length, alphabet };
  }
  return { kind: 'random', length, alphabet };
}

/** A named alphabet (`base62`, `hex`, …) or `custom:<characters>`. */
function parseAlphabet(raw: unknown, where: Where): string {
  if (raw === undefined) return ALPHABETS.base62;
  if (typeof raw !== 'string') where.fail('generator.alphabet', 'must be a string');
  if (raw in ALPHABETS) return ALPHABETS[raw as keyof typeof ALPHABETS];
  if (raw.startsWith('custom:')) {
    const chars = [...new Set(raw.slice('custom:'.length))];
    if (chars.length < 2) where.fail('generator.alphabet', 'a custom alphabet needs at least 2 distinct characters');
    return chars.join('');
  }
  return where.fail('generator.alphabet', `unknown alphabet "${raw}" (known: ${Object.keys(ALPHABETS).join(', ')}, or "custom:<characters>")`);
}

function parseVerify(raw: unknown, where: Where, baseDir: string): VerifySpec {
  if (!isTable(raw)) where.fail('verify', 'must be a table: { command = [...] } or { http = { url = ... } }');
  if (raw.command !== undefined && raw.http !== undefined) where.fail('verify', 'set either command or http, not both');
  if (raw.command !== undefined) {
    where.checkKeys(raw, new Set(['command', 'timeout', 'valueIn']), 'verify.');
    const valueIn = raw.valueIn ?? 'stdin';
    if (valueIn !== 'stdin' && valueIn !== 'env') where.fail('verify.valueIn', 'must be "stdin" or "env"');
    return { kind: 'command', valueIn, ...parseCommand(raw, where, 'verify', baseDir, DEFAULT_HOOK_TIMEOUT_MS) };
  }
  if (!isTable(raw.http)) where.fail('verify', 'needs command = [...] or http = { url = "https://..." }');
  where.checkKeys(raw, new Set(['http']), 'verify.');
  const h = raw.http;
  where.checkKeys(h, new Set(['url', 'method', 'expectStatus', 'headers', 'timeout']), 'verify.http.');
  if (typeof h.url !== 'string' || !/^https?:\/\/./.test(h.url)) where.fail('verify.http.url', 'required: an http(s) URL');
  if (h.url.includes('${NEW_VALUE}')) where.fail('verify.http.url', '${NEW_VALUE} is not allowed in the URL (it would be logged); use a header');
  const method = h.method ?? 'GET';
  if (typeof method !== 'string' || !/^[A-Z]+$/.test(method)) where.fail('verify.http.method', 'must be an HTTP method such as "GET"');
  const expectStatus = h.expectStatus ?? 200;
  if (typeof expectStatus !== 'number' || !Number.isInteger(expectStatus) || expectStatus < 100 || expectStatus > 599) {
    where.fail('verify.http.expectStatus', 'must be an HTTP status code (100-599)');
  }
  const headers: Record<string, string> = {};
  if (h.headers !== undefined) {
    if (!isTable(h.headers)) where.fail('verify.http.headers', 'must be a table of strings');
    for (const [k, v] of Object.entries(h.headers)) {
      if (typeof v !== 'string') where.fail(`verify.http.headers.${k}`, 'must be a string');
      headers[k] = v;
    }
  }
  return { kind: 'http', url: h.url, method, expectStatus, headers, timeoutMs: parseTimeout(h.timeout, where, 'verify.http.timeout', DEFAULT_HTTP_TIMEOUT_MS) };
}

function parseCommand(raw: Table, where: Where, field: string, baseDir: string, defaultTimeout: number): CommandSpec {
  const cmd = raw.command;
  if (!Array.isArray(cmd) || cmd.length === 0 || cmd.some((a) => typeof a !== 'string') || cmd[0] === '') {
    where.fail(`${field}.command`, 'must be a non-empty list of strings (argv, no shell): ["./mint.sh", "--env", "prod"]');
  }
  const argv = [...(cmd as string[])];
  // "./x" and "dir/x" are relative to the config file; a bare name is looked up on PATH.
  if (!isAbsolute(argv[0]) && argv[0].includes('/')) argv[0] = resolve(baseDir, argv[0]);
  return { command: argv, timeoutMs: parseTimeout(raw.timeout, where, `${field}.timeout`, defaultTimeout) };
}

function parseTimeout(raw: unknown, where: Where, field: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const ms = typeof raw === 'string' ? parseDuration(raw) : undefined;
  if (ms === undefined || ms > 3_600_000) where.fail(field, 'expected a duration up to 1h such as "30s" or "2m"');
  return ms;
}

function optBool(t: Table, key: string, where: Where): boolean | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') where.fail(key, 'must be true or false');
  return v;
}

/** The first policy whose glob matches the URI (order in the file decides, so put specific ones first). */
export function policyFor(config: RotationConfig, uri: string): RotationPolicy | undefined {
  const bare = uri.replace(/\?version=\d+/, '');
  return config.policies.find((p) => p.matches(bare));
}
