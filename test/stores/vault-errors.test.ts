import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/model/errors.js';
import { errorFromNetwork, errorFromStatus, sanitizeServerMessage } from '../../src/stores/vault/errors.js';

// Built at run time so the source holds no token-shaped literal.
const fakeToken = () => ['hvs', 'CAESI' + 'x'.repeat(10) + 'Q9z'.repeat(8)].join('.');

const ctx = { address: 'https://user:pw@vault.example:8200/', method: 'GET', path: 'secret/data/app/db', serverErrors: [] as string[] };

describe('errorFromStatus', () => {
  it('says the server is sealed and what to do', () => {
    const err = errorFromStatus({ ...ctx, status: 503, serverErrors: ['Vault is sealed'] });
    expect(err.kind).toBe('sealed');
    expect(err.exitCode).toBe(EXIT.STORE);
    expect(err.message).toBe('vault: server https://vault.example:8200 is sealed (503) on GET secret/data/app/db; unseal it and retry');
  });

  it('names the path on 403 and 404', () => {
    const denied = errorFromStatus({ ...ctx, status: 403, serverErrors: ['1 error occurred: * permission denied'] });
    expect(denied.kind).toBe('forbidden');
    expect(denied.message).toContain('permission denied (403) on GET secret/data/app/db');
    const missing = errorFromStatus({ ...ctx, status: 404 });
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toContain('not found (404) on GET secret/data/app/db');
  });

  it('recognises a check-and-set mismatch', () => {
    const err = errorFromStatus({ ...ctx, method: 'POST', status: 400, serverErrors: ['check-and-set parameter did not match the current version'] });
    expect(err.kind).toBe('cas-mismatch');
  });

  it('never shows credentials from the address', () => {
    const err = errorFromStatus({ ...ctx, status: 500 });
    expect(err.message).not.toContain('pw');
    expect(err.message).not.toContain('user');
  });
});

describe('errorFromNetwork', () => {
  it('says unreachable with the code', () => {
    const err = errorFromNetwork('http://127.0.0.1:1', 'GET', 'sys/health', 'ECONNREFUSED');
    expect(err.kind).toBe('unreachable');
    expect(err.message).toBe(
      'vault: cannot reach http://127.0.0.1:1 (ECONNREFUSED) on GET sys/health; check the address and that the server is running',
    );
  });

  it('says timed out and TLS failures apart', () => {
    expect(errorFromNetwork('http://h', 'GET', 'p', 'TIMEOUT').kind).toBe('timeout');
    expect(errorFromNetwork('https://h', 'GET', 'p', 'DEPTH_ZERO_SELF_SIGNED_CERT').kind).toBe('tls');
  });
});

describe('sanitizeServerMessage', () => {
  it('removes the caller secrets and token-shaped strings', () => {
    const token = fakeToken();
    const secretId = 'sid-' + 'a1b2'.repeat(6);
    const out = sanitizeServerMessage(`bad token ${token} and secret ${secretId}`, [secretId]);
    expect(out).not.toContain(token);
    expect(out).not.toContain(secretId);
    expect(out).toBe('bad token [redacted] and secret [redacted]');
  });

  it('removes a JWT and keeps one bounded line', () => {
    const jwt = ['eyJ' + 'hbGciOiJSUzI1NiJ9', 'eyJzdWIiOiJyZXBvIn0', 'c2lnbmF0dXJl'].join('.');
    const out = sanitizeServerMessage(`line1\nclaims of ${jwt} ${'x'.repeat(400)}`);
    expect(out).not.toContain(jwt);
    expect(out).not.toContain('\n');
    expect(out.length).toBeLessThanOrEqual(240);
  });
});
