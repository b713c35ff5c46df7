import { describe, expect, it } from 'vitest';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { fingerprint } from '../../src/engine/fingerprint.js';
import { isPlaceholderSecret } from '../../src/engine/placeholder.js';
import { REDACTION_MASK, redactSecret, redactText } from '../../src/engine/redact.js';
import { awsAccessKeyId, githubToken, opaqueSecret, rsaPrivateKeyPem } from './helpers.js';

describe('shannonEntropy', () => {
  it('is 0 for one repeated char and log2(n) for n distinct chars', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy(opaqueSecret(40))).toBeGreaterThan(4);
  });
});

describe('isPlaceholderSecret', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'xxxxxxxxxxxxxxxxxxxx',
    'sk_live_xxxxxxxxxxxxxxxx',
    '<your-api-key>',
    '${API_TOKEN}',
    '{{ .Values.token }}',
    '%(password)s',
    '$SECRET_VALUE',
    'changeme',
    'your_api_key_here',
    'replace-me-with-a-token',
    '0000000000000000',
    '1234567890abcdef',
    'abcdefghijklmnop',
    '************',
  ])('treats %s as a placeholder', (s) => {
    expect(isPlaceholderSecret(s)).toBe(true);
  });

  it('keeps random-looking values', () => {
    for (let i = 0; i < 50; i++) {
      expect(isPlaceholderSecret(githubToken())).toBe(false);
      expect(isPlaceholderSecret(awsAccessKeyId())).toBe(false);
      expect(isPlaceholderSecret(opaqueSecret(32))).toBe(false);
    }
    expect(isPlaceholderSecret(rsaPrivateKeyPem())).toBe(false);
  });
});

describe('fingerprint', () => {
  it('is rule:path:16 hex, stable, and independent of line', () => {
    const s = opaqueSecret();
    const fp = fingerprint('github-pat', 'src/a.ts', s);
    expect(fp).toMatch(/^github-pat:src\/a\.ts:[0-9a-f]{16}$/);
    expect(fingerprint('github-pat', 'src/a.ts', s)).toBe(fp);
    expect(fingerprint('github-pat', 'src/a.ts', s + 'x')).not.toBe(fp);
    expect(fp).not.toContain(s);
  });
});

describe('redaction', () => {
  it('keeps at most a 4-char public prefix and never the length', () => {
    const t = githubToken();
    expect(redactSecret(t)).toBe(t.slice(0, 4) + REDACTION_MASK);
    const o = opaqueSecret(40);
    expect(redactSecret(o)).toBe(REDACTION_MASK);
    expect(redactSecret('short')).toBe(REDACTION_MASK);
    const fine = ['github', '_pat_'].join('') + opaqueSecret(60);
    expect(redactSecret(fine)).toBe('gith' + REDACTION_MASK);
  });

  it('replaces every secret in a line, and every line of a PEM key', () => {
    const a = githubToken();
    const b = opaqueSecret(24);
    const line = `x=${a} y=${b} z=${a}`;
    const out = redactText(line, [{ secret: a }, { secret: b }]);
    expect(out).not.toContain(a);
    expect(out).not.toContain(b);
    expect(out).toBe(`x=ghp_${REDACTION_MASK} y=${REDACTION_MASK} z=ghp_${REDACTION_MASK}`);
    const pem = rsaPrivateKeyPem();
    const second = pem.split('\n')[1];
    expect(redactText(second, [{ secret: pem.trim() }])).toBe(REDACTION_MASK);
  });
});
