import { randomBytes } from 'node:crypto';
import type { Finding } from '../../src/model/finding.js';
import { shannonEntropy } from '../../src/engine/entropy.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text, built at run time so no literal token sits in the test source. */
export function randomBase62(n: number): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += BASE62[bytes[i] % 62];
  return s;
}

/** A synthetic GitHub-style token (format only; no valid checksum needed for reporter tests). */
export function fakeToken(): string {
  return ['gh', 'p_'].join('') + randomBase62(36);
}

export function makeFinding(over: Partial<Finding> = {}): Finding {
  const secret = over.secret ?? fakeToken();
  const match = over.match ?? `token = "${secret}"`;
  return {
    ruleId: 'github-pat',
    description: 'GitHub personal access token',
    severity: 'critical',
    confidence: 0.99,
    path: 'src/config.js',
    startLine: 3,
    endLine: 3,
    startColumn: 9,
    endColumn: 9 + match.length - 1,
    match,
    secret,
    line: `const ${match};`,
    fingerprint: 'fp-' + randomBase62(12),
    tags: ['github', 'vcs'],
    entropy: 4.71234,
    ...over,
  };
}

const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * A synthetic AWS access key id, made at run time, that the built-in aws-access-token rule
 * reports: about one random key in 5 000 repeats its chars enough to fall under the rule's
 * entropy floor (3.0), which made tests planting 40 keys fail now and then; those are redrawn.
 */
export function fakeAwsKeyId(): string {
  for (;;) {
    const bytes = randomBytes(16);
    let s = '';
    for (let i = 0; i < 16; i++) s += BASE32_UPPER[bytes[i] % 32];
    const key = ['AK', 'IA'].join('') + s;
    if (shannonEntropy(key) >= 3.2) return key;
  }
}
