/**
 * Lint for the built-in rules (src/rules/builtin/*.toml), independent of the engine:
 * schema and naming checks, RE2 compilation with re2js, and a small reference matcher
 * (regex + secretGroup + entropy + allowlists + offline checksums) run over every sample.
 * test/rules/samples.test.ts runs the same samples through the real detector.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { BUILTIN_DIR, loadBuiltinRuleFiles, samplePath, type RawAllowlist, type RawRule } from './builtin-rules.js';
import { hardNegatives } from './hard-negatives.js';

const files = loadBuiltinRuleFiles();
const rules = files.flatMap((f) => f.rules.map((r) => ({ ...r, file: f.file })));
const SEVERITIES = new Set(['critical', 'high', 'medium', 'low']);
const CHECKSUMS = new Set(['github-crc32', 'npm-crc32', 'jwt']);

const compiled = new Map<string, RE2JS>();
function re(pattern: string): RE2JS {
  let p = compiled.get(pattern);
  if (!p) {
    p = RE2JS.compile(pattern);
    compiled.set(pattern, p);
  }
  return p;
}

function shannon(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n: number): string {
  const a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  do {
    s = a[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(6, '0');
}
/** Reference checksums (the engine owns the real ones in src/engine/checksums.ts). */
function checksumOk(kind: string, secret: string): boolean {
  if (kind === 'github-crc32' || kind === 'npm-crc32') {
    const body = secret.slice(4, -6);
    return body.length === 30 && base62(crc32(body)) === secret.slice(-6);
  }
  if (kind === 'jwt') {
    const [h, p] = secret.split('.');
    try {
      const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown;
      return typeof header === 'object' && header !== null && 'alg' in header && typeof payload === 'object' && payload !== null;
    } catch {
      return false;
    }
  }
  return true;
}

function allowed(list: RawAllowlist, secret: string, match: string, line: string, path: string): boolean {
  const target = list.regexTarget === 'match' ? match : list.regexTarget === 'line' ? line : secret;
  const checks: boolean[] = [];
  if (list.regexes?.length) checks.push(list.regexes.some((r) => re(r).matcher(target).find()));
  if (list.paths?.length) checks.push(list.paths.some((r) => re(r).matcher(path).find()));
  if (list.stopwords?.length) checks.push(list.stopwords.some((w) => secret.toLowerCase().includes(w.toLowerCase())));
  if (checks.length === 0) return false;
  return list.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
}

/** Secrets this rule would report in `text` (reference semantics of RULE_FORMAT.md). */
function referenceFindings(rule: RawRule, text: string, path: string): string[] {
  if (rule.path && !re(rule.path).matcher(path).find()) return [];
  if (rule.regex === undefined) return rule.path ? [path] : [];
  const lower = text.toLowerCase();
  if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k))) return [];
  const m = re(rule.regex).matcher(text);
  const out: string[] = [];
  let from = 0;
  while (from <= text.length && m.find(from)) {
    const start = m.start(0);
    const end = m.end(0);
    from = end > start ? end : end + 1;
    let secret = m.group(0) ?? '';
    if (rule.secretGroup !== undefined) secret = m.group(rule.secretGroup) ?? '';
    else {
      for (let g = 1; g <= m.groupCount(); g++) {
        const v = m.group(g);
        if (v) {
          secret = v;
          break;
        }
      }
    }
    if (!secret) continue;
    if (rule.entropy !== undefined && shannon(secret) < rule.entropy) continue;
    if (rule.checksum && !checksumOk(rule.checksum, secret)) continue;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEndIdx = text.indexOf('\n', end);
    const line = text.slice(lineStart, lineEndIdx === -1 ? text.length : lineEndIdx);
    if ((rule.allowlists ?? []).some((a) => allowed(a, secret, m.group(0) ?? '', line, path))) continue;
    out.push(secret);
  }
  return out;
}

describe('built-in rules: schema', () => {
  it('has at least 200 rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(200);
  });

  it('has global allowlists that compile under RE2', () => {
    for (const f of files) {
      for (const a of f.allowlists) {
        for (const p of [...(a.paths ?? []), ...(a.regexes ?? [])]) expect(() => re(p), `${f.file}: ${p}`).not.toThrow();
      }
    }
  });

  it('uses unique ids made of [a-z0-9-]', () => {
    const seen = new Set<string>();
    for (const r of rules) {
      expect(r.id, `${r.file}: id`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(seen.has(r.id), `duplicate id ${r.id}`).toBe(false);
      seen.add(r.id);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has the required fields', (_id, r) => {
    expect(typeof r.description === 'string' && r.description.length > 5).toBe(true);
    expect(r.regex !== undefined || r.path !== undefined).toBe(true);
    expect(SEVERITIES.has(r.severity ?? ''), `severity of ${r.id}`).toBe(true);
    expect(typeof r.confidence === 'number' && r.confidence > 0 && r.confidence <= 1).toBe(true);
    expect(Array.isArray(r.tags) && r.tags.length > 0).toBe(true);
    if (r.checksum !== undefined) expect(CHECKSUMS.has(r.checksum)).toBe(true);
    if (r.revokeUrl !== undefined) expect(r.revokeUrl).toMatch(/^https:\/\//);
    expect(r.samples?.positive?.length ?? 0, `${r.id}: positives`).toBeGreaterThanOrEqual(1);
    // A path-only rule's negatives are scanned under a neutral path (see samplePath).
    expect(r.samples?.negative?.length ?? 0, `${r.id}: negatives`).toBeGreaterThanOrEqual(1);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has specific lower-case keywords', (_id, r) => {
    // Keywords feed the prefilter: a rule with a regex must have at least one, all lower case.
    if (r.regex !== undefined) expect(r.keywords.length).toBeGreaterThan(0);
    for (const k of r.keywords) {
      expect(k, `${r.id} keyword`).toBe(k.toLowerCase());
      expect(k.length).toBeGreaterThanOrEqual(2);
    }
    for (const s of r.samples?.positive ?? []) {
      if (r.regex === undefined) continue;
      expect(r.keywords.some((k) => s.toLowerCase().includes(k)), `${r.id}: no keyword in positive ${JSON.stringify(s.slice(0, 40))}`).toBe(true);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s compiles under RE2 with a valid secretGroup', (_id, r) => {
    for (const p of [r.regex, r.path, ...(r.allowlists ?? []).flatMap((a) => [...(a.regexes ?? []), ...(a.paths ?? [])])]) {
      if (p === undefined) continue;
      expect(() => re(p), `${r.id}: ${p}`).not.toThrow();
    }
    if (r.regex !== undefined && r.secretGroup !== undefined) {
      expect(r.secretGroup).toBeLessThanOrEqual(re(r.regex).groupCount());
    }
  });
});

describe('built-in rules: samples through the reference matcher', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s matches its positives and none of its negatives', (_id, r) => {
    for (const s of r.samples?.positive ?? []) {
      expect(referenceFindings(r, s, samplePath(r, 'positive')).length, `${r.id} should match ${JSON.stringify(s.slice(0, 80))}`).toBeGreaterThan(0);
    }
    for (const s of r.samples?.negative ?? []) {
      expect(referenceFindings(r, s, samplePath(r, 'negative')), `${r.id} should not match ${JSON.stringify(s.slice(0, 80))}`).toEqual([]);
    }
  });

  it('scans 1 MiB of mixed text with every rule in reasonable time', () => {
    const chunk = files.map((f) => f.text).join('\n');
    let text = '';
    while (text.length < 1 << 20) text += chunk;
    const t0 = performance.now();
    for (const r of rules) if (r.regex) re(r.regex).matcher(text.slice(0, 1 << 20)).find();
    const ms = performance.now() - t0;
    // Linear-time engine: this is a guard against an accidental blow-up, not a benchmark.
    expect(ms).toBeLessThan(60_000);
  });
});

describe('built-in rules: hard negatives', () => {
  it.each(hardNegatives().map((h) => [h.name, h] as const))('reports nothing in %s', (_name, h) => {
    const hits = rules.filter((r) => referenceFindings(r, h.text, h.path).length > 0).map((r) => r.id);
    expect(hits).toEqual([]);
  });
});

describe('docs/RULES.md', () => {
  it('lists every built-in rule (regenerate with `node scripts/rules-doc.mjs`)', () => {
    const doc = readFileSync(join(BUILTIN_DIR, '../../../docs/RULES.md'), 'utf8');
    expect(doc).toContain(`stanch ships **${rules.length} rules**`);
    for (const r of rules) expect(doc, `docs/RULES.md misses ${r.id}`).toContain(`| \`${r.id}\` |`);
  });
});
