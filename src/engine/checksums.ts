/**
 * Offline validity checks for token formats that carry their own checksum or structure.
 * A secret that fails its rule's check yields no finding: it cannot be a live credential.
 *
 * - `github-crc32`: GitHub tokens `ghp_ gho_ ghu_ ghs_ ghr_` are prefix + 30 base62 chars + 6 base62
 *   chars, the last 6 being CRC-32 (zlib/IEEE) of the 30-char body only (not the prefix), in base62
 *   with alphabet 0-9A-Za-z, left-padded with '0' (github.blog 2021-04-05 "Behind GitHub's new
 *   authentication token formats"; same check as CredSweeper's ValueGitHubCheck).
 * - `npm-crc32`: `npm_` + 30 + 6, the same scheme (github.blog 2021-09-23 npm token format).
 * - `jwt`: three dot-separated base64url parts; header and payload decode to JSON objects and the
 *   header has a string `alg`.
 * - `pypi-macaroon`: `pypi-` + base64url of a v2 macaroon: first byte 0x02, then a location field
 *   naming pypi.org or test.pypi.org.
 * - `luhn`: the digits of the secret pass the Luhn mod-10 check (payment card numbers).
 */
import type { ChecksumKind } from '../model/rule.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the Latin-1/ASCII code units of `s`. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let s = '';
  do {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** The 6-char checksum GitHub and npm append to a 30-char base62 body. */
export function base62Crc32(body: string): string {
  return base62(crc32(body), 6);
}

/** Checks `<prefix>_<30 body><6 checksum>`; the prefix is whatever precedes the last `_`. */
function prefixedCrc32(secret: string, prefixes: RegExp): boolean {
  const m = prefixes.exec(secret);
  if (!m) return false;
  return base62Crc32(m[1]) === m[2];
}

const GITHUB = /^gh[pousr]_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/;
const NPM = /^npm_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/;

function decodeJsonObject(part: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(part)) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function isStructuralJwt(secret: string): boolean {
  const parts = secret.split('.');
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]*$/.test(parts[2])) return false;
  const header = decodeJsonObject(parts[0]);
  return header !== null && typeof header.alg === 'string' && decodeJsonObject(parts[1]) !== null;
}

function isPypiMacaroon(secret: string): boolean {
  if (!secret.startsWith('pypi-')) return false;
  const body = secret.slice(5);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return false;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length < 16 || bytes[0] !== 0x02 || bytes[1] !== 0x01) return false;
  const len = bytes[2];
  const location = bytes.subarray(3, 3 + len).toString('latin1');
  return location === 'pypi.org' || location === 'test.pypi.org';
}

export function luhnValid(secret: string): boolean {
  const digits = secret.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when `secret` passes the `kind` check (unknown kinds pass: the loader rejects them earlier). */
export function verifyChecksum(kind: ChecksumKind, secret: string): boolean {
  switch (kind) {
    case 'github-crc32':
      return prefixedCrc32(secret, GITHUB);
    case 'npm-crc32':
      return prefixedCrc32(secret, NPM);
    case 'jwt':
      return isStructuralJwt(secret);
    case 'pypi-macaroon':
      return isPypiMacaroon(secret);
    case 'luhn':
      return luhnValid(secret);
    default:
      return true;
  }
}
