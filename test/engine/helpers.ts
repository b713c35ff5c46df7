/** Test helpers: synthetic credentials built at run time (no literal token in test sources). */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { base62Crc32 } from '../../src/engine/checksums.js';
import { disableNativeRe2, loadNativeRe2 } from '../../src/engine/regex/backend-re2-native.js';
import type { RegexEngineName } from '../../src/engine/regex/index.js';
import type { StanchConfig } from '../../src/model/rule.js';
import { parseConfigToml } from '../../src/rules/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomFrom(alphabet: string, n: number): string {
  const bytes = randomBytes(n * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes.readUInt16LE(i * 2) % alphabet.length];
  return s;
}

/** Random-looking body with no 6-char keyboard run and no repeated-char masks (those are placeholders). */
function body(alphabet: string, n: number): string {
  for (;;) {
    const s = randomFrom(alphabet, n);
    if (!/(.)\1\1|x{3}|X{3}/i.test(s) && !/012345|123456|234567|345678|456789|abcdef|bcdefg|cdefgh/i.test(s)) return s;
  }
}

export function githubToken(valid = true): string {
  const b = body(ALNUM, 30);
  let sum = base62Crc32(b);
  if (!valid) sum = sum.slice(0, 5) + (sum[5] === 'A' ? 'B' : 'A');
  return ['gh', 'p_'].join('') + b + sum;
}

export function awsAccessKeyId(): string {
  return ['AK', 'IA'].join('') + body('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}

export function opaqueSecret(n = 32): string {
  return body(ALNUM, n);
}

export function jwt(): string {
  const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: opaqueSecret(8), iat: 1700000000 })}.${body(ALNUM, 43)}`;
}

let pemCache: string | undefined;
export function rsaPrivateKeyPem(): string {
  pemCache ??= generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
  return pemCache;
}

export function fixtureRulesToml(): string {
  return fs.readFileSync(path.join(here, 'fixtures/rules.toml'), 'utf8');
}

export function fixtureConfig(extra: Partial<StanchConfig> = {}): StanchConfig {
  const parsed = parseConfigToml(fixtureRulesToml(), 'test/engine/fixtures/rules.toml');
  return {
    rules: parsed.rules,
    allowlists: parsed.allowlists,
    ignoredFingerprints: [],
    disabledRules: [],
    maxDecodeDepth: 2,
    ...extra,
  };
}

// `STANCH_TEST_NO_NATIVE_RE2=1 npx vitest run test/engine` runs the suite as if the addon were absent.
if (process.env.STANCH_TEST_NO_NATIVE_RE2 === '1') disableNativeRe2();

/** Engines the suite runs on: always re2js and v8; native re2 only when the optional addon loads. */
export const NATIVE_RE2 = (await loadNativeRe2()) !== null;
export const ENGINES: RegexEngineName[] = NATIVE_RE2 ? ['re2js', 'v8', 're2'] : ['re2js', 'v8'];
