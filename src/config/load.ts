/**
 * Finds and loads the user's configuration: `.stanch.toml`, or `.gitleaks.toml` for
 * teams migrating from gitleaks, plus `.gitleaksignore`. With no config file the
 * built-in rules apply. The result is a plain, serializable StanchConfig (workers
 * rebuild their detector from it).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { EXIT, StanchError } from '../model/errors.js';
import type { Rule, StanchConfig } from '../model/rule.js';
import { builtinAllowlists, builtinRules, checkRequiredIds, parseConfigToml, type ParsedConfig } from '../rules/load.js';

/** File names looked up in the scan root, first match wins. */
export const CONFIG_FILE_NAMES = ['.stanch.toml', '.gitleaks.toml'] as const;
export const IGNORE_FILE_NAMES = ['.stanchignore', '.gitleaksignore'] as const;

/** How deep nested base64/hex/percent decoding goes unless the config says otherwise. */
export const DEFAULT_MAX_DECODE_DEPTH = 2;
/** `[extend] path` chains longer than this are almost certainly a cycle. */
const MAX_EXTEND_DEPTH = 8;

export interface LoadConfigOptions {
  /** Directory searched for config and ignore files (normally the scan root). */
  dir: string;
  /** Explicit config file (`--config`); must exist. */
  configPath?: string;
  /** Skip looking for `.gitleaksignore`/`.stanchignore`. */
  noIgnoreFile?: boolean;
  /** File names in error messages are shown relative to this directory. Default: absolute. */
  displayBase?: string;
}

export interface LoadedConfig {
  config: StanchConfig;
  /** Config file used, if any (absolute). */
  configFile?: string;
  /** First ignore file used, if any (absolute). */
  ignoreFile?: string;
  /** Every ignore file read (`.stanchignore`, `.gitleaksignore`). */
  ignoreFiles: string[];
}

export function loadConfig(opts: LoadConfigOptions): LoadedConfig {
  const dir = resolve(opts.dir);
  const configFile = opts.configPath ? resolve(opts.configPath) : findFirst(dir, CONFIG_FILE_NAMES);
  if (opts.configPath && !isFile(configFile!)) {
    throw new StanchError(`config file not found: ${opts.configPath}`, EXIT.USAGE);
  }
  const show = (f: string) => displayName(f, opts.displayBase);
  const config = configFile ? loadConfigFile(configFile, 0, new Set(), show) : defaultConfig();
  // Both ignore files count: a team migrating from gitleaks may have entries in each.
  const ignoreFiles = opts.noIgnoreFile ? [] : IGNORE_FILE_NAMES.map((n) => join(dir, n)).filter(isFile);
  for (const f of ignoreFiles) config.ignoredFingerprints.push(...parseIgnoreFile(readText(f, show)));
  config.ignoredFingerprints = [...new Set(config.ignoredFingerprints)];
  return { config, configFile, ignoreFile: ignoreFiles[0], ignoreFiles };
}

/** Built-in rules only. */
export function defaultConfig(): StanchConfig {
  return {
    rules: builtinRules(),
    allowlists: builtinAllowlists(),
    ignoredFingerprints: [],
    disabledRules: [],
    maxDecodeDepth: DEFAULT_MAX_DECODE_DEPTH,
  };
}

/**
 * `.gitleaksignore` format: one fingerprint per line (`[commit:]path:rule-id:line`
 * or a stanch fingerprint); `#` starts a comment.
 */
export function parseIgnoreFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Loads one config file and whatever it extends. gitleaks semantics: `[extend]
 * useDefault = true` means built-in rules plus this file's; `extend.path` names a base
 * config (relative to this file). Rules in the extending file replace same-id rules of
 * the base. A file that defines no rules and extends nothing also gets the built-in
 * rules (a file holding only allowlists is the common case and should not switch
 * detection off).
 */
function loadConfigFile(file: string, depth: number, seen: Set<string>, show: (f: string) => string): StanchConfig {
  const name = show(file);
  if (depth > MAX_EXTEND_DEPTH || seen.has(file)) {
    throw new StanchError(`${name}: [extend] path forms a cycle or is nested too deep`, EXIT.USAGE);
  }
  seen.add(file);
  const text = readText(file, show);
  let parsed: ParsedConfig;
  try {
    parsed = parseConfigToml(text, name);
  } catch (e) {
    if (e instanceof StanchError) throw e;
    throw new StanchError(`${name}: ${firstLine(e)}`, EXIT.USAGE);
  }

  let base: StanchConfig | undefined;
  if (parsed.extendPath) {
    const basePath = resolve(dirname(file), parsed.extendPath);
    if (!isFile(basePath)) throw new StanchError(`${name}: [extend] path: file not found: ${parsed.extendPath}`, EXIT.USAGE);
    base = loadConfigFile(basePath, depth + 1, seen, show);
    if (parsed.useDefault) base = mergeConfigs(defaultConfig(), base);
  } else if (parsed.useDefault || parsed.rules.length === 0) {
    base = defaultConfig();
  }

  const own: StanchConfig = {
    rules: parsed.rules,
    allowlists: parsed.allowlists,
    ignoredFingerprints: [],
    disabledRules: parsed.disabledRules,
    maxDecodeDepth: base?.maxDecodeDepth ?? DEFAULT_MAX_DECODE_DEPTH,
  };
  const merged = base ? mergeConfigs(base, own) : own;
  checkRequiredIds(parsed.rules, merged.rules, name);
  return merged;
}

/** `over` extends `base`: same-id rules replaced, allowlists and disabled ids added up. */
function mergeConfigs(base: StanchConfig, over: StanchConfig): StanchConfig {
  return {
    rules: mergeRules(base.rules, over.rules),
    allowlists: [...base.allowlists, ...over.allowlists],
    ignoredFingerprints: [...base.ignoredFingerprints, ...over.ignoredFingerprints],
    disabledRules: [...new Set([...base.disabledRules, ...over.disabledRules])],
    maxDecodeDepth: over.maxDecodeDepth,
  };
}

function mergeRules(base: readonly Rule[], own: readonly Rule[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const r of base) byId.set(r.id, r);
  for (const r of own) byId.set(r.id, r);
  return [...byId.values()];
}

function findFirst(dir: string, names: readonly string[]): string | undefined {
  for (const n of names) {
    const p = join(dir, n);
    if (isFile(p)) return p;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function readText(file: string, show: (f: string) => string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new StanchError(`cannot read ${show(file)}: ${(e as NodeJS.ErrnoException).code ?? firstLine(e)}`, EXIT.USAGE);
  }
}

function displayName(file: string, base: string | undefined): string {
  if (!base) return file;
  const rel = relative(base, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0];
}

