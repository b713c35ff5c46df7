import { describe, expect, it } from 'vitest';
import { renewalDelayMs } from '../../src/stores/vault/auth.js';
import { parseKvMetadata } from '../../src/stores/vault/kv.js';
import { backoffDelayMs, parseRetryAfter, shouldRetry } from '../../src/stores/vault/retry.js';

describe('shouldRetry', () => {
  it('retries 412 from a performance standby, 429 and gateway errors, for reads and writes', () => {
    for (const status of [412, 429, 502, 503, 504]) {
      expect(shouldRetry({ status, idempotent: true })).toBe(true);
      expect(shouldRetry({ status, idempotent: false })).toBe(true);
    }
  });

  it('does not retry a sealed server or client errors', () => {
    expect(shouldRetry({ status: 503, sealed: true, idempotent: true })).toBe(false);
    for (const status of [400, 403, 404, 405]) expect(shouldRetry({ status, idempotent: true })).toBe(false);
  });

  it('retries a 500 or a reset connection only for reads, which cannot apply twice', () => {
    expect(shouldRetry({ status: 500, idempotent: true })).toBe(true);
    expect(shouldRetry({ status: 500, idempotent: false })).toBe(false);
    expect(shouldRetry({ networkCode: 'ECONNRESET', idempotent: true })).toBe(true);
    expect(shouldRetry({ networkCode: 'ECONNRESET', idempotent: false })).toBe(false);
    expect(shouldRetry({ networkCode: 'TIMEOUT', idempotent: false })).toBe(false);
  });

  it('retries a refused connection, which never reached the server', () => {
    expect(shouldRetry({ networkCode: 'ECONNREFUSED', idempotent: false })).toBe(true);
  });

  it('does not retry TLS failures', () => {
    expect(shouldRetry({ networkCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', idempotent: true })).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles per attempt with jitter between half and full', () => {
    expect(backoffDelayMs(1, policy, () => 0)).toBe(50);
    expect(backoffDelayMs(1, policy, () => 1)).toBe(100);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(200);
    expect(backoffDelayMs(3, policy, () => 1)).toBe(400);
  });

  it('caps at maxDelayMs, also for a large Retry-After', () => {
    expect(backoffDelayMs(10, policy, () => 1)).toBe(1_000);
    expect(backoffDelayMs(1, policy, () => 0, 60)).toBe(1_000);
  });

  it('honours a Retry-After longer than the backoff', () => {
    expect(backoffDelayMs(1, { ...policy, maxDelayMs: 5_000 }, () => 0, 2)).toBe(2_000);
  });

  it('parses Retry-After seconds only', () => {
    expect(parseRetryAfter('3')).toBe(3);
    expect(parseRetryAfter(['7'])).toBe(7);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('renewalDelayMs', () => {
  it('renews at two thirds of the TTL', () => {
    expect(renewalDelayMs(3600, true)).toBe(2_400_000);
  });

  it('does nothing for non-renewable or non-expiring tokens', () => {
    expect(renewalDelayMs(3600, false)).toBeUndefined();
    expect(renewalDelayMs(0, true)).toBeUndefined();
  });

  it('waits at least a second', () => {
    expect(renewalDelayMs(1, true)).toBe(1_000);
  });
});

describe('parseKvMetadata', () => {
  it('reads versions and custom metadata from the KV v2 answer', () => {
    const meta = parseKvMetadata({
      cas_required: false,
      created_time: '2024-01-01T00:00:00Z',
      current_version: 3,
      max_versions: 0,
      oldest_version: 1,
      updated_time: '2024-01-03T00:00:00Z',
      custom_metadata: { owner: 'team-a', n: 5 },
      versions: {
        '1': { created_time: '2024-01-01T00:00:00Z', deletion_time: '', destroyed: true },
        '2': { created_time: '2024-01-02T00:00:00Z', deletion_time: '2024-01-02T10:00:00Z', destroyed: false },
        '3': { created_time: '2024-01-03T00:00:00Z', deletion_time: '', destroyed: false },
      },
    });
    expect(meta.currentVersion).toBe(3);
    expect(meta.customMetadata).toEqual({ owner: 'team-a' });
    expect(meta.versions[1]).toEqual({ createdTime: '2024-01-01T00:00:00Z', deletionTime: undefined, destroyed: true });
    expect(meta.versions[2].deletionTime).toBe('2024-01-02T10:00:00Z');
  });
});
