/**
 * One audit record per line (JSONL), chained: each record holds the hash of the one before it, and its
 * own hash covers every field plus that link. Who, when, what path, outcome; never a secret value.
 */
import { createHash, createHmac } from 'node:crypto';

/** read, write, delete, list come from store access; inject and rotate from those modules. */
export type AuditAction = 'read' | 'write' | 'delete' | 'list' | 'inject' | 'rotate' | (string & {});
export type AuditOutcome = 'ok' | 'not-found' | 'denied' | 'integrity' | 'error' | (string & {});

export interface AuditEntry {
  /** Who: a user, a CI identity (`github:octocat`), a service. */
  actor: string;
  action: AuditAction;
  /** What: the store URI (`vault://secret/app#key`) or injection target. Never a value. */
  uri: string;
  outcome: AuditOutcome;
  /** Short, value-free context (error kind, injection target). */
  detail?: string;
}

export interface AuditRecord extends AuditEntry {
  /** 1, 2, 3… with no gaps. */
  seq: number;
  /** ISO 8601 UTC. */
  ts: string;
  /** Hash of the previous record; GENESIS for the first. */
  prev: string;
  hash: string;
}

export const GENESIS = '0'.repeat(64);
export const MAX_DETAIL = 300;

/** The bytes that are hashed: a fixed field order, so formatting of the line does not matter. */
function canonical(r: Omit<AuditRecord, 'hash'>): string {
  return JSON.stringify([r.seq, r.ts, r.actor, r.action, r.uri, r.outcome, r.detail ?? null, r.prev]);
}

/** SHA-256, or HMAC-SHA256 when a key is configured (then nobody without the key can re-forge the chain). */
export function hashRecord(r: Omit<AuditRecord, 'hash'>, hmacKey?: string): string {
  const h = hmacKey ? createHmac('sha256', hmacKey) : createHash('sha256');
  return h.update(canonical(r)).digest('hex');
}

/** One JSON line with the fields in a stable order. */
export function serializeRecord(r: AuditRecord): string {
  const ordered: Record<string, unknown> = { seq: r.seq, ts: r.ts, actor: r.actor, action: r.action, uri: r.uri, outcome: r.outcome };
  if (r.detail !== undefined) ordered.detail = r.detail;
  ordered.prev = r.prev;
  ordered.hash = r.hash;
  return JSON.stringify(ordered);
}

/** Parses one line; returns a reason instead of throwing, for verify to report. */
export function parseRecord(line: string): AuditRecord | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'not a JSON object';
  const o = v as Record<string, unknown>;
  if (!Number.isSafeInteger(o.seq)) return 'field "seq" is not an integer';
  for (const f of ['ts', 'actor', 'action', 'uri', 'outcome', 'prev', 'hash']) {
    if (typeof o[f] !== 'string') return `field "${f}" is missing or not a string`;
  }
  if (o.detail !== undefined && typeof o.detail !== 'string') return 'field "detail" is not a string';
  const known = new Set(['seq', 'ts', 'actor', 'action', 'uri', 'outcome', 'detail', 'prev', 'hash']);
  const extra = Object.keys(o).find((k) => !known.has(k));
  if (extra) return `unexpected field "${extra}"`;
  return o as unknown as AuditRecord;
}

/** Keeps what goes into `detail` short and on one line. */
export function cleanDetail(detail: string | undefined): string | undefined {
  if (detail === undefined) return undefined;
  const one = detail.replace(/[\r\n]+/g, ' ').trim();
  return one.length > MAX_DETAIL ? `${one.slice(0, MAX_DETAIL - 1)}…` : one;
}
