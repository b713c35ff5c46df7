import { describe, expect, it } from 'vitest';
import { base62, crc32, isStructuralJwt, luhnValid, verifyChecksum } from '../../src/engine/checksums.js';
import { githubToken, jwt, opaqueSecret } from './helpers.js';

describe('checksums', () => {
  it('computes zlib CRC-32', () => {
    // Standard check value of CRC-32/ISO-HDLC.
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('encodes base62 with the 0-9A-Za-z alphabet, zero-padded', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
  });

  it('accepts GitHub tokens with a valid checksum and rejects a flipped one', () => {
    for (let i = 0; i < 20; i++) expect(verifyChecksum('github-crc32', githubToken())).toBe(true);
    expect(verifyChecksum('github-crc32', githubToken(false))).toBe(false);
    const t = githubToken();
    for (const p of ['gho_', 'ghu_', 'ghs_', 'ghr_']) expect(verifyChecksum('github-crc32', p + t.slice(4))).toBe(true);
    expect(verifyChecksum('github-crc32', 'ghx_' + t.slice(4))).toBe(false);
  });

  it('checks npm tokens with the same scheme', () => {
    const t = githubToken();
    expect(verifyChecksum('npm-crc32', ['np', 'm_'].join('') + t.slice(4))).toBe(true);
    expect(verifyChecksum('npm-crc32', ['np', 'm_'].join('') + githubToken(false).slice(4))).toBe(false);
  });

  it('checks JWT structure', () => {
    expect(isStructuralJwt(jwt())).toBe(true);
    expect(isStructuralJwt(`${opaqueSecret(20)}.${opaqueSecret(20)}.${opaqueSecret(20)}`)).toBe(false);
    const noAlg = Buffer.from('{"typ":"JWT"}').toString('base64url');
    expect(isStructuralJwt(`${noAlg}.${jwt().split('.')[1]}.abc`)).toBe(false);
  });

  it('checks PyPI macaroons by their location header', () => {
    const body = Buffer.concat([Buffer.from([2, 1, 8]), Buffer.from('pypi.org'), Buffer.from(opaqueSecret(40))]);
    expect(verifyChecksum('pypi-macaroon', 'pypi-' + body.toString('base64url'))).toBe(true);
    expect(verifyChecksum('pypi-macaroon', 'pypi-' + Buffer.from(opaqueSecret(40)).toString('base64url'))).toBe(false);
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});
