/**
 * Loads rule configs (stanch `.stanch.toml`, gitleaks `.gitleaks.toml`) and the built-in rules.
 * Every field is validated; errors are one line naming source, rule id and field.
 * Regexes must be RE2 syntax: they are compiled with re2js, which rejects backreferences and
 * lookaround exactly like Go's regexp, so a config that loads here runs on every backend.
 */
import { RE2JS } from 're2js';
import { parse as parseToml } from 'smol-toml';
import { StanchError } from '../model/errors.js';
import type { Allowlist, RequiredRule, Rule } from '../model/rule.js';
import { isSeverity } from '../model/severity.js';
import { addKnownTranslations } from '../engine/regex/re2-to-js.js';
import { builtinKeywordFollowChars, builtinKeywordLeadChars, builtinKeywordLeads, builtinKeywordWindows, builtinMaxMatch, builtinRuleFiles, builtinTranslations } from './generated/builtin-rules.js';

export interface ParsedConfig {
  title?: string;
  rules: Rule[];
  /** Global allowlists (`[[allowlists]]` and the older `[allowlist]`). */
  allowlists: Allowlist[];
  /** gitleaks `[extend] useDefault`: built-in rules plus these. */
  useDefault: boolean;
  /** gitleaks `[extend] disabledRules`. */
  disabledRules: string[];
  /** gitleaks `[extend] path`: another config to extend; resolved by the caller (this module reads no files). */
  extendPath?: string;
}

export const CHECKSUM_KINDS = ['github-crc32', 'npm-crc32', 'jwt', 'pypi-macaroon', 'luhn'] as const;

const RULE_KEYS = new Set([
  'id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'severity',
  'confidence', 'checksum', 'revokeUrl', 'allowlists', 'allowlist', 'samples', 'skipReport', 'required',
]);
const REQUIRED_KEYS = new Set(['id', 'withinLines', 'withinColumns']);
const ALLOWLIST_KEYS = new Set([
  'description', 'condition', 'regexTarget', 'regexes', 'paths', 'stopwords', 'commits',
]);
// `rotation` belongs to src/rotation/config.ts; the scan loader accepts it and leaves it alone.
const TOP_KEYS = new Set(['title', 'description', 'minVersion', 'extend', 'rules', 'allowlist', 'allowlists', 'rotation']);
const EXTEND_KEYS = new Set(['useDefault', 'disabledRules', 'path', 'url']);

type Table = Record<string, unknown>;

function fail(where: string, msg: string): never {
  throw new StanchError(`${where}: ${msg}`);
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function checkKeys(t: Table, allowed: Set<string>, where: string): void {
  for (const k of Object.keys(t)) if (!allowed.has(k)) fail(where, `unknown field "${k}"`);
}

function optString(t: Table, key: string, where: string): string | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') fail(where, `field "${key}" must be a string`);
  return v;
}

function stringList(t: Table, key: string, where: string): string[] {
  const v = t[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(where, `field "${key}" must be a list of strings`);
  return v as string[];
}

function optNumber(t: Table, key: string, where: string, min: number, max: number): number | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    fail(where, `field "${key}" must be a number between ${min} and ${max}`);
  }
  return v;
}

/** Compiles with re2js (RE2 semantics) and returns the capture group count; one-line error otherwise. */
export function checkRe2(pattern: string, where: string, field: string): number {
  try {
    return RE2JS.compile(pattern).groupCount();
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const hint = /\(\?[=!<]|\\[1-9]/.test(pattern)
      ? ' (RE2 syntax: lookaround and backreferences are not supported)'
      : '';
    fail(where, `field "${field}" is not a valid RE2 regex: ${reason}${hint}`);
  }
}

/**
 * How regexes are checked while parsing: `checkRe2` for user configs; for the built-in rules
 * `trustRe2` (scripts/gen-rules.mjs already compiled every regex with re2js and checked
 * `secretGroup` when it generated the module, and compiling ~300 rules again cost ~0.4 s of every
 * start-up). Returns the group count, or Infinity when unknown.
 */
type RegexCheck = (pattern: string, where: string, field: string) => number;
const trustRe2: RegexCheck = () => Infinity;

function parseAllowlist(t: unknown, where: string, check: RegexCheck = checkRe2): Allowlist {
  if (!isTable(t)) fail(where, 'must be a table');
  checkKeys(t, ALLOWLIST_KEYS, where);
  const condition = (optString(t, 'condition', where) ?? 'OR').toUpperCase();
  if (condition !== 'OR' && condition !== 'AND') fail(where, 'field "condition" must be "OR" or "AND"');
  const regexTarget = optString(t, 'regexTarget', where) ?? 'secret';
  if (regexTarget !== 'secret' && regexTarget !== 'match' && regexTarget !== 'line') {
    fail(where, 'field "regexTarget" must be "secret", "match" or "line"');
  }
  const regexes = stringList(t, 'regexes', where);
  const paths = stringList(t, 'paths', where);
  regexes.forEach((r, i) => check(r, where, `regexes[${i}]`));
  paths.forEach((r, i) => check(r, where, `paths[${i}]`));
  const stopwords = stringList(t, 'stopwords', where);
  const commits = stringList(t, 'commits', where);
  if (regexes.length + paths.length + stopwords.length + commits.length === 0) {
    fail(where, 'allowlist has no regexes, paths, stopwords or commits');
  }
  const description = optString(t, 'description', where);
  return {
    ...(description !== undefined ? { description } : {}),
    condition,
    regexTarget,
    regexes,
    paths,
    stopwords,
    commits,
  };
}

/** `[[rules.required]]` of rule `ruleId`. Whether each id names a rule is checked once the config is assembled (checkRequiredIds). */
function parseRequired(t: Table, ruleId: string, where: string): RequiredRule[] {
  const v = t.required;
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isTable)) fail(where, 'field "required" must be a list of [[rules.required]] tables');
  const seen = new Set<string>();
  return v.map((r, i) => {
    const at = `${where} required[${i}]`;
    checkKeys(r, REQUIRED_KEYS, at);
    const id = r.id;
    if (typeof id !== 'string' || id.trim() === '') fail(at, 'field "id" must name another rule');
    if (id === ruleId) fail(at, 'a rule cannot require itself');
    // gitleaks would count the id as met when either entry is; one entry with both limits says what is meant.
    if (seen.has(id)) fail(at, `rule "${id}" is already required: put its withinLines and withinColumns in one [[rules.required]]`);
    seen.add(id);
    const required: RequiredRule = { id };
    for (const key of ['withinLines', 'withinColumns'] as const) {
      const n = r[key];
      if (n === undefined) continue;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) fail(at, `field "${key}" must be a whole number, 0 or more`);
      required[key] = n;
    }
    return required;
  });
}

function parseAllowlists(t: Table, key: 'allowlists' | 'allowlist', where: string, check: RegexCheck = checkRe2): Allowlist[] {
  const v = t[key];
  if (v === undefined) return [];
  const list = key === 'allowlist' && isTable(v) ? [v] : v;
  if (!Array.isArray(list)) fail(where, `field "${key}" must be a list of tables`);
  return list.map((a, i) => parseAllowlist(a, `${where} ${key}[${i}]`, check));
}

/** Validates one raw rule table. `source` names the file for error messages. */
export function parseRule(raw: unknown, source: string, index: number, check: RegexCheck = checkRe2): Rule {
  if (!isTable(raw)) fail(`${source}: rules[${index}]`, 'must be a table');
  const idValue = raw.id;
  if (typeof idValue !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(idValue)) {
    fail(`${source}: rules[${index}]`, 'field "id" must be a string of letters, digits, ".", "_" or "-"');
  }
  const id = idValue;
  const where = `${source}: rule "${id}"`;
  checkKeys(raw, RULE_KEYS, where);
  const regex = optString(raw, 'regex', where);
  const path = optString(raw, 'path', where);
  if (regex === undefined && path === undefined) fail(where, 'needs field "regex" or "path"');
  const groups = regex !== undefined ? check(regex, where, 'regex') : 0;
  if (path !== undefined) check(path, where, 'path');
  const secretGroup = optNumber(raw, 'secretGroup', where, 0, groups);
  if (secretGroup !== undefined && !Number.isInteger(secretGroup)) fail(where, 'field "secretGroup" must be an integer');
  const severity = raw.severity ?? 'high';
  if (!isSeverity(severity)) fail(where, 'field "severity" must be critical, high, medium or low');
  const checksum = optString(raw, 'checksum', where);
  if (checksum !== undefined && !(CHECKSUM_KINDS as readonly string[]).includes(checksum)) {
    fail(where, `field "checksum" must be one of ${CHECKSUM_KINDS.join(', ')}`);
  }
  if (raw.skipReport !== undefined && typeof raw.skipReport !== 'boolean') fail(where, 'field "skipReport" must be a boolean');
  const rule: Rule = {
    id,
    description: optString(raw, 'description', where) ?? id,
    keywords: stringList(raw, 'keywords', where).map((k) => k.toLowerCase()).filter((k) => k.length > 0),
    tags: stringList(raw, 'tags', where),
    allowlists: [...parseAllowlists(raw, 'allowlists', where, check), ...parseAllowlists(raw, 'allowlist', where, check)],
    severity,
    confidence: optNumber(raw, 'confidence', where, 0, 1) ?? 0.8,
  };
  if (regex !== undefined) rule.regex = regex;
  if (path !== undefined) rule.path = path;
  const required = parseRequired(raw, id, where);
  if (required.length > 0) rule.required = required;
  if (raw.skipReport === true) rule.skipReport = true;
  if (secretGroup !== undefined) rule.secretGroup = secretGroup;
  const entropy = optNumber(raw, 'entropy', where, 0, 16);
  if (entropy !== undefined) rule.entropy = entropy;
  if (checksum !== undefined) rule.checksum = checksum;
  const revokeUrl = optString(raw, 'revokeUrl', where);
  if (revokeUrl !== undefined) rule.revokeUrl = revokeUrl;
  if (raw.samples !== undefined) {
    const s = raw.samples;
    if (!isTable(s)) fail(where, 'field "samples" must be a table');
    rule.samples = { positive: stringList(s, 'positive', `${where} samples`), negative: stringList(s, 'negative', `${where} samples`) };
  }
  return rule;
}

function parseRules(list: unknown, source: string, check: RegexCheck = checkRe2): Rule[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail(source, 'field "rules" must be a list of [[rules]] tables');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const rule = parseRule(raw, source, i, check);
    if (seen.has(rule.id)) fail(`${source}: rule "${rule.id}"`, 'duplicate rule id');
    seen.add(rule.id);
    return rule;
  });
}

/** Parses a `.stanch.toml` / `.gitleaks.toml` text. */
export function parseConfigToml(text: string, source: string): ParsedConfig {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (err) {
    const e = err as { line?: number; message?: string };
    const where = typeof e.line === 'number' ? `${source}:${e.line}` : source;
    fail(where, `invalid TOML: ${String(e.message ?? err).split('\n')[0]}`);
  }
  checkKeys(doc, TOP_KEYS, source);
  const extend = doc.extend ?? {};
  if (!isTable(extend)) fail(source, 'field "extend" must be a table');
  checkKeys(extend, EXTEND_KEYS, `${source}: [extend]`);
  if (extend.useDefault !== undefined && typeof extend.useDefault !== 'boolean') {
    fail(`${source}: [extend]`, 'field "useDefault" must be a boolean');
  }
  const config: ParsedConfig = {
    rules: parseRules(doc.rules, source),
    allowlists: [...parseAllowlists(doc, 'allowlists', source), ...parseAllowlists(doc, 'allowlist', source)],
    useDefault: extend.useDefault === true,
    disabledRules: stringList(extend, 'disabledRules', `${source}: [extend]`),
  };
  const title = optString(doc, 'title', source);
  if (title !== undefined) config.title = title;
  const extendPath = optString(extend, 'path', `${source}: [extend]`);
  if (extendPath !== undefined) config.extendPath = extendPath;
  return config;
}

let builtinCache: { rules: Rule[]; allowlists: Allowlist[] } | undefined;

function loadBuiltins(): { rules: Rule[]; allowlists: Allowlist[] } {
  if (builtinCache) return builtinCache;
  addKnownTranslations(builtinTranslations);
  const rules: Rule[] = [];
  const allowlists: Allowlist[] = [];
  const seen = new Map<string, string>();
  for (const file of builtinRuleFiles) {
    for (const rule of parseRules(file.rules, file.source, trustRe2)) {
      const other = seen.get(rule.id);
      if (other) fail(`${file.source}: rule "${rule.id}"`, `duplicate rule id (also in ${other})`);
      seen.set(rule.id, file.source);
      const window = builtinKeywordWindows[rule.id];
      if (window !== undefined) rule.keywordWindow = window;
      const lead = builtinKeywordLeads[rule.id];
      if (lead !== undefined) rule.keywordLead = lead;
      const leadChars = builtinKeywordLeadChars[rule.id];
      if (leadChars !== undefined) rule.keywordLeadChars = leadChars;
      const followChars = builtinKeywordFollowChars[rule.id];
      if (followChars !== undefined) rule.keywordFollowChars = followChars;
      const longest = builtinMaxMatch[rule.id];
      if (longest !== undefined) rule.maxMatch = longest;
      rules.push(rule);
    }
    allowlists.push(...parseAllowlists(file as unknown as Table, 'allowlists', file.source, trustRe2));
  }
  builtinCache = { rules, allowlists };
  return builtinCache;
}

/**
 * The built-in rules (from the generated module), parsed once. Structure is checked here; regexes
 * were checked by scripts/gen-rules.mjs (see trustRe2). Returns a fresh array.
 */
export function builtinRules(): Rule[] {
  return loadBuiltins().rules.slice();
}

/** Global allowlists shipped with the built-in rules (`[[allowlists]]` in builtin files). */
export function builtinAllowlists(): Allowlist[] {
  return loadBuiltins().allowlists.slice();
}

/**
 * Each `[[rules.required]]` id of `own` (the rules of config file `source`) must name a rule of the
 * assembled config `all`: this file's, those it extends, the built-ins it adds. (gitleaks looks only
 * in the same file; looking further accepts every config it accepts.)
 */
export function checkRequiredIds(own: readonly Rule[], all: readonly Rule[], source: string): void {
  const ids = new Set(all.map((r) => r.id));
  for (const rule of own) {
    rule.required?.forEach((req, i) => {
      if (ids.has(req.id)) return;
      const builtin = loadBuiltins().rules.some((r) => r.id === req.id);
      const hint = builtin ? ' (it is a built-in rule: add [extend] useDefault = true)' : '';
      fail(`${source}: rule "${rule.id}" required[${i}]`, `field "id": no rule "${req.id}" in this config${hint}`);
    });
  }
}

/**
 * gitleaks semantics: a config replaces the defaults unless `[extend] useDefault = true`; a user
 * rule with a built-in id overrides it; `disabledRules` removes rules by id.
 */
export function effectiveRules(parsed: ParsedConfig, builtins: readonly Rule[]): Rule[] {
  const own = new Set(parsed.rules.map((r) => r.id));
  const base = parsed.useDefault ? builtins.filter((r) => !own.has(r.id)) : [];
  const disabled = new Set(parsed.disabledRules);
  return [...base, ...parsed.rules].filter((r) => !disabled.has(r.id));
}
