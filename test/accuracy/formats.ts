/**
 * Builders for credential formats that carry structure a scanner may check:
 * CRC32 checksums (GitHub, npm), bech32 (age), macaroons (PyPI), JWTs and
 * real private keys serialised by node:crypto. Everything is derived from a
 * seeded Rng, so values are synthetic, reproducible and never committed.
 */
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import { ALNUM, BASE62, type Rng } from './rng.js';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(text: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) c = CRC_TABLE[(c ^ text.charCodeAt(i)) & 255] ^ (c >>> 8);
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

/** GitHub/npm layout: prefix + 30 random base62 + base62(CRC32(random part)) padded to 6. */
export function checksummedToken(rng: Rng, prefix: string): string {
  const body = rng.str(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}

/** Same shape, but the checksum is deliberately off by one: not a live token. */
export function badChecksumToken(rng: Rng, prefix: string): string {
  const body = rng.str(ALNUM, 30);
  return prefix + body + base62((crc32(body) + 1 + rng.int(1000)) >>> 0, 6);
}

// ---- bech32 (BIP-173), as used by age keys ---------------------------------
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  return chk >>> 0;
}
function toWords(bytes: Buffer): number[] {
  const out: number[] = [];
  let acc = 0, bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}
export function bech32(hrp: string, data: Buffer): string {
  const words = toWords(data);
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = polymod([...expand, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...words, ...check].map((w) => BECH32[w]).join('');
}
export const ageSecretKey = (rng: Rng): string => bech32('age-secret-key-', rng.bytes(32)).toUpperCase();
export const agePublicKey = (rng: Rng): string => bech32('age', rng.bytes(32));

// ---- PyPI macaroon ----------------------------------------------------------
function field(type: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type, data.length]), data]);
}
/** pypi- + base64url(macaroon v2: location pypi.org, uuid identifier, one caveat, signature). */
export function pypiToken(rng: Rng, uuid: string): string {
  const caveat = Buffer.from(`{"version":1,"permissions":{"projects":["${rng.pick(['ingest', 'acme-sdk', 'billing-client'])}"]}}`);
  const mac = Buffer.concat([
    Buffer.from([2]),
    field(1, Buffer.from('pypi.org')),
    field(2, Buffer.from(uuid)),
    Buffer.from([0]),
    field(2, caveat),
    Buffer.from([0, 0]),
    field(6, rng.bytes(32)),
  ]);
  return 'pypi-' + mac.toString('base64url');
}

export function jwt(rng: Rng, uuid: string): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const iat = 1700000000 + rng.int(30000000);
  const header = { alg: rng.pick(['HS256', 'RS256']), typ: 'JWT' };
  const payload = { sub: uuid, iat, exp: iat + 3600 * rng.range(1, 720), scope: rng.pick(['admin', 'read:all', 'deploy']) };
  return `${enc(header)}.${enc(payload)}.${rng.bytes(rng.pick([32, 64])).toString('base64url')}`;
}

export function uuid(rng: Rng): string {
  const h = rng.bytes(16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// ---- private keys -------------------------------------------------------------
const b64u = (big: bigint): string => {
  let h = big.toString(16);
  if (h.length & 1) h = '0' + h;
  return Buffer.from(h, 'hex').toString('base64url');
};
function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    b = (b * b) % m;
  }
  return r;
}
function modInv(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [m, a % m, 0n, 1n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const p: number[] = [];
  for (let n = 3; p.length < 300; n += 2) if (p.every((q) => n % q)) p.push(n);
  return p.map(BigInt);
})();
const randBig = (rng: Rng, bits: number): bigint => BigInt('0x' + rng.bytes(bits / 8).toString('hex'));
function isProbablePrime(n: bigint, rng: Rng): boolean {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0;
  while (!(d & 1n)) {
    d >>= 1n;
    s++;
  }
  for (let i = 0; i < 8; i++) {
    let x = modPow(2n + (randBig(rng, 64) % (n - 4n)), d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}
function prime(rng: Rng, bits: number): bigint {
  for (;;) {
    const n = randBig(rng, bits) | (3n << BigInt(bits - 2)) | 1n;
    if ((n - 1n) % 65537n !== 0n && isProbablePrime(n, rng)) return n;
  }
}

/** A real, deterministic RSA-2048 private key; `pkcs8` gives "BEGIN PRIVATE KEY". */
export function rsaPem(rng: Rng, type: 'pkcs1' | 'pkcs8' = 'pkcs1'): string {
  const e = 65537n;
  const p = prime(rng, 1024), q = prime(rng, 1024);
  const n = p * q, d = modInv(e, (p - 1n) * (q - 1n));
  const jwk = { kty: 'RSA', n: b64u(n), e: b64u(e), d: b64u(d), p: b64u(p), q: b64u(q), dp: b64u(d % (p - 1n)), dq: b64u(d % (q - 1n)), qi: b64u(modInv(q, p)) };
  return String(createPrivateKey({ key: jwk, format: 'jwk' }).export({ type, format: 'pem' })).trimEnd();
}

function ecKey(rng: Rng) {
  const d = rng.bytes(32);
  d[0] &= 0x7f;
  d[31] |= 1;
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}
/** P-256: `sec1` gives "BEGIN EC PRIVATE KEY", `pkcs8` gives "BEGIN PRIVATE KEY". */
export const ecPem = (rng: Rng, type: 'sec1' | 'pkcs8' = 'sec1'): string => String(ecKey(rng).export({ type, format: 'pem' })).trimEnd();
/** The public half: a hard negative ("BEGIN PUBLIC KEY"). */
export const ecPublicPem = (rng: Rng): string => String(createPublicKey(ecKey(rng)).export({ type: 'spki', format: 'pem' })).trimEnd();

/** Ed25519 in openssh-key-v1 ("BEGIN OPENSSH PRIVATE KEY"), unencrypted. Also returns the public line. */
export function opensshKey(rng: Rng, comment: string): { pem: string; publicLine: string } {
  const seed = rng.bytes(32);
  const priv = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const pub = Buffer.from(String(createPublicKey(priv).export({ format: 'jwk' }).x), 'base64url');
  const str = (b: Buffer | string) => {
    const l = Buffer.alloc(4);
    l.writeUInt32BE(Buffer.byteLength(b));
    return Buffer.concat([l, Buffer.from(b)]);
  };
  const u32 = (n: number) => {
    const l = Buffer.alloc(4);
    l.writeUInt32BE(n >>> 0);
    return l;
  };
  const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
  const check = rng.u32();
  let privSec = Buffer.concat([u32(check), u32(check), str('ssh-ed25519'), str(pub), str(Buffer.concat([seed, pub])), str(comment)]);
  const pad: number[] = [];
  for (let i = 1; (privSec.length + pad.length) % 8; i++) pad.push(i);
  privSec = Buffer.concat([privSec, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pubBlob), str(privSec)]);
  const body = (blob.toString('base64').match(/.{1,70}/g) ?? []).join('\n');
  return {
    pem: `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`,
    publicLine: `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`,
  };
}

/** A PEM-armoured certificate-shaped block (public material: never a secret). */
export function certificatePem(rng: Rng): string {
  const der = Buffer.concat([Buffer.from('308203', 'hex'), rng.bytes(rng.range(600, 800))]);
  const body = (der.toString('base64').match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
}
