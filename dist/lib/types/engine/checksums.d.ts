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
/** CRC-32 (IEEE 802.3, as zlib) of the Latin-1/ASCII code units of `s`. */
export declare function crc32(s: string): number;
export declare function base62(n: number, width: number): string;
/** The 6-char checksum GitHub and npm append to a 30-char base62 body. */
export declare function base62Crc32(body: string): string;
export declare function isStructuralJwt(secret: string): boolean;
export declare function luhnValid(secret: string): boolean;
/** True when `secret` passes the `kind` check (unknown kinds pass: the loader rejects them earlier). */
export declare function verifyChecksum(kind: ChecksumKind, secret: string): boolean;
