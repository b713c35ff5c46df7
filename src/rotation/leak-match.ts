/**
 * Matches scanner findings against managed secrets without either side leaving memory in a
 * comparable form: each managed value is read, keyed-hashed (HMAC-SHA256 with a key made fresh
 * for this run by crypto.randomBytes and never stored) and dropped; each finding's secret is
 * keyed-hashed the same way; digests are compared with timingSafeEqual. The result says which
 * store URI matched which finding (location and fingerprint) and nothing else.
 *
 * Variants hashed on both sides: the raw value and the value with surrounding whitespace trimmed
 * (a value read from a file often carries a newline the committed copy lacks, or the reverse).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Finding } from '../model/finding.js';

export interface ManagedDigest {
  uri: string;
  digests: Buffer[];
}

export interface LeakMatch {
  uri: string;
  fingerprint: string;
  ruleId: string;
  path: string;
  startLine: number;
  commit?: string;
}

export interface LeakMatcher {
  /** Adds a managed secret. The caller should drop its own reference to `value` right after. */
  addManaged(uri: string, value: string): void;
  /** Findings whose secret equals a managed value, as value-free matches (one per finding and URI). */
  match(findings: readonly Finding[]): LeakMatch[];
  readonly size: number;
}

function variants(value: string): string[] {
  const trimmed = value.trim();
  return trimmed !== value && trimmed !== '' ? [value, trimmed] : [value];
}

export function createLeakMatcher(): LeakMatcher {
  // Per run: digests from one run cannot be compared with another run's, or with any stored list.
  const key = randomBytes(32);
  const mac = (v: string) => createHmac('sha256', key).update(v, 'utf8').digest();
  const managed: ManagedDigest[] = [];
  return {
    addManaged(uri, value) {
      if (value === '') return;
      managed.push({ uri, digests: variants(value).map(mac) });
    },
    match(findings) {
      const out: LeakMatch[] = [];
      for (const f of findings) {
        if (!f.secret) continue;
        const found = variants(f.secret).map(mac);
        for (const m of managed) {
          let hit = false;
          // Every pair is compared (no early exit on the first byte), so timing says nothing about values.
          for (const a of found) for (const b of m.digests) hit = timingSafeEqual(a, b) || hit;
          if (hit) {
            out.push({
              uri: m.uri,
              fingerprint: f.fingerprint,
              ruleId: f.ruleId,
              path: f.path,
              startLine: f.startLine,
              ...(f.commit?.sha ? { commit: f.commit.sha } : {}),
            });
          }
        }
      }
      return out;
    },
    get size() {
      return managed.length;
    },
  };
}
