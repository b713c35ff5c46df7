/**
 * `stanch audit query`: filter records by path, action, actor, outcome and time. Query reads; it does
 * not verify (run verify for that), and it skips lines that do not parse.
 */
import { StanchError } from '../model/errors.js';
import { readLines } from './log.js';
import { parseRecord, type AuditRecord } from './record.js';

export interface AuditFilter {
  /**
   * A URI or path prefix (`vault://secret/app`, `secret/app`, `deploy/secrets.enc.yaml`), or a glob
   * with `*` (any run of characters) matched against the whole URI.
   */
  path?: string;
  action?: string | string[];
  actor?: string;
  outcome?: string;
  since?: Date;
  until?: Date;
  /** Newest last; keep only the last N. */
  limit?: number;
}

export function matchesFilter(r: AuditRecord, f: AuditFilter): boolean {
  if (f.path !== undefined && !matchesPath(r.uri, f.path)) return false;
  if (f.action !== undefined && !(Array.isArray(f.action) ? f.action : [f.action]).includes(r.action)) return false;
  if (f.actor !== undefined && r.actor !== f.actor) return false;
  if (f.outcome !== undefined && r.outcome !== f.outcome) return false;
  const t = Date.parse(r.ts);
  if (f.since && !(t >= f.since.getTime())) return false;
  if (f.until && !(t <= f.until.getTime())) return false;
  return true;
}

function matchesPath(uri: string, pattern: string): boolean {
  if (pattern.includes('*')) {
    const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(uri);
  }
  const bare = uri.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  return uri.startsWith(pattern) || bare.startsWith(pattern);
}

export async function queryAuditLog(file: string, filter: AuditFilter = {}): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const { text } of readLines(file)) {
    const r = parseRecord(text);
    if (typeof r !== 'string' && matchesFilter(r, filter)) {
      out.push(r);
      if (filter.limit !== undefined && out.length > filter.limit) out.shift();
    }
  }
  return out;
}

/** `2026-01-31`, `2026-01-31T10:00:00Z`, or a duration back from now: `90m`, `24h`, `7d`. */
export function parseTimeFilter(text: string, now: Date, field: string): Date {
  const rel = /^(\d+)([smhd])$/.exec(text.trim());
  if (rel) {
    const unit = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[rel[2] as 's' | 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(rel[1]) * unit);
  }
  const t = Date.parse(text);
  if (Number.isNaN(t)) throw new StanchError(`--${field}: expected a date (2026-01-31, ISO time) or a duration like 24h or 7d, got "${text}"`);
  return new Date(t);
}
