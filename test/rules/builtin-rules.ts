/**
 * Loads the built-in rule files as raw TOML for the rule tests. The rule tests read the data directly
 * (not through src/rules/load.ts) so that they can also check fields the loader may normalise away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

export const BUILTIN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../src/rules/builtin');

export interface RawAllowlist {
  description?: string;
  condition?: string;
  regexTarget?: string;
  regexes?: string[];
  paths?: string[];
  stopwords?: string[];
  commits?: string[];
}

export interface RawRule {
  id: string;
  description: string;
  regex?: string;
  secretGroup?: number;
  entropy?: number;
  keywords: string[];
  path?: string;
  tags?: string[];
  severity?: string;
  confidence?: number;
  checksum?: string;
  revokeUrl?: string;
  samples?: { positive?: string[]; negative?: string[]; path?: string };
  allowlists?: RawAllowlist[];
}

export interface RuleFile {
  file: string;
  text: string;
  rules: RawRule[];
  /** File-level (global) allowlists. */
  allowlists: RawAllowlist[];
}

export function loadBuiltinRuleFiles(): RuleFile[] {
  return readdirSync(BUILTIN_DIR)
    .filter((f) => f.endsWith('.toml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(BUILTIN_DIR, file), 'utf8');
      const doc = parse(text) as { rules?: RawRule[]; allowlists?: RawAllowlist[] };
      return { file, text, rules: doc.rules ?? [], allowlists: doc.allowlists ?? [] };
    });
}

/** Path a sample is scanned under: the rule's own sample path, else a neutral one. */
export function samplePath(rule: RawRule, kind: 'positive' | 'negative'): string {
  const pathOnly = rule.regex === undefined;
  if (kind === 'negative' && pathOnly) return 'sample.txt';
  return rule.samples?.path ?? 'sample.txt';
}

/** Every built-in rule's positive samples, by rule id (the loaded rules carry no samples). */
export function positiveSamplesById(): Map<string, string[]> {
  return new Map(loadBuiltinRuleFiles().flatMap((f) => f.rules.map((r) => [r.id, r.samples?.positive ?? []] as const)));
}
