/**
 * Baseline files: the findings a team has accepted, by fingerprint, so a scan only
 * reports new ones. The file is meant to live in git: sorted entries, stable key order,
 * no timestamps, one entry per line (two branches adding entries merge cleanly), and
 * never a secret value — only a redacted hint.
 */
import { EXIT, StanchError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { redactSecret } from '../engine/redact.js';

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = '.stanch-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  /** Redacted form of the secret, to help a reader recognise the entry. */
  hint: string;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

export interface BaselineResult {
  /** Findings not in the baseline. */
  findings: Finding[];
  /** How many findings the baseline suppressed. */
  suppressed: number;
  /** Entries that matched no finding of this scan (fixed, or scanned a different scope). */
  stale: BaselineEntry[];
}

export function createBaseline(findings: readonly Finding[]): Baseline {
  const byFp = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (byFp.has(f.fingerprint)) continue;
    byFp.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, hint: redactSecret(f.secret) });
  }
  return { version: BASELINE_VERSION, entries: sortEntries([...byFp.values()]) };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort(
    (a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable text form: fixed key order, one entry per line, trailing newline. */
export function serializeBaseline(b: Baseline): string {
  const lines = sortEntries([...b.entries]).map((e) =>
    JSON.stringify({ fingerprint: e.fingerprint, ruleId: e.ruleId, path: e.path, hint: e.hint }),
  );
  const body = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "version": ${b.version},\n  "tool": "stanch",\n  "entries": ${body}\n}\n`;
}

export function parseBaseline(text: string, source: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StanchError(`${source}: not valid JSON: ${(e as Error).message.split('\n')[0]}`, EXIT.USAGE);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new StanchError(`${source}: a baseline must be a JSON object with "entries"`, EXIT.USAGE);
  }
  const obj = raw as Record<string, unknown>;
  if (obj.version !== BASELINE_VERSION) {
    throw new StanchError(`${source}: field "version": expected ${BASELINE_VERSION}`, EXIT.USAGE);
  }
  if (!Array.isArray(obj.entries)) throw new StanchError(`${source}: field "entries" must be an array`, EXIT.USAGE);
  const entries = obj.entries.map((e, i): BaselineEntry => {
    const where = `${source}: entries[${i}]`;
    if (typeof e !== 'object' || e === null) throw new StanchError(`${where} must be an object`, EXIT.USAGE);
    const r = e as Record<string, unknown>;
    for (const k of ['fingerprint', 'ruleId', 'path'] as const) {
      if (typeof r[k] !== 'string' || r[k] === '') {
        throw new StanchError(`${where}.${k} must be a non-empty string`, EXIT.USAGE);
      }
    }
    return {
      fingerprint: r.fingerprint as string,
      ruleId: r.ruleId as string,
      path: r.path as string,
      hint: typeof r.hint === 'string' ? r.hint : '',
    };
  });
  return { version: BASELINE_VERSION, entries };
}

export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const matched = new Set<string>();
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    if (known.has(f.fingerprint)) {
      matched.add(f.fingerprint);
      suppressed++;
    } else {
      kept.push(f);
    }
  }
  const stale = baseline.entries.filter((e) => !matched.has(e.fingerprint));
  return { findings: kept, suppressed, stale };
}
