import { describe, expect, it } from 'vitest';
import {
  base64Decoder,
  escapeDecoder,
  findDecodedSegments,
  hexDecoder,
  percentDecoder,
  unescapeJs,
} from '../../src/engine/decoders/index.js';
import { opaqueSecret } from './helpers.js';

describe('decoders', () => {
  it('decodes standard and url-safe base64 and maps offsets back', () => {
    const plain = `password=${opaqueSecret(20)}??>>`;
    for (const enc of [Buffer.from(plain).toString('base64'), Buffer.from(plain).toString('base64url')]) {
      const text = `v: ${enc} end`;
      const [seg] = base64Decoder.find(text);
      expect(seg.text).toBe(plain);
      expect(text.slice(seg.start, seg.end)).toBe(enc);
      expect(seg.map[seg.text.length]).toBe(enc.length);
      // 'password=' is 9 chars = 3 groups of 3 bytes = 12 encoded chars.
      expect(seg.map[9]).toBe(12);
    }
  });

  it('skips base64 that decodes to binary and plain identifiers', () => {
    expect(base64Decoder.find(`k=${opaqueSecret(40)}`)).toEqual([]);
    expect(base64Decoder.find('someVeryLongIdentifierNameHere')).toEqual([]);
  });

  it('decodes hex', () => {
    const plain = `token=${opaqueSecret(16)}`;
    const [seg] = hexDecoder.find(`x ${Buffer.from(plain).toString('hex')} y`);
    expect(seg.text).toBe(plain);
    expect(seg.map[3]).toBe(6);
  });

  it('decodes percent-encoding inside a URL', () => {
    // built at run time so stanch's self-scan does not see a connection-string literal
    const scheme = ['post', 'gres://'].join('');
    const [seg] = percentDecoder.find(`url = "${scheme}u:p%40ss%2Fw@host/db"`);
    expect(seg.text).toBe(`${scheme}u:p@ss/w@host/db`);
    expect(seg.map[seg.text.indexOf('@ss')]).toBe(`${scheme}u:p`.length);
  });

  it('decodes JSON and JS escapes', () => {
    expect(unescapeJs('a\\nb\\u0041\\x42\\u{43}\\\\').text).toBe('a\nbABC\\');
    const [seg] = escapeDecoder.find('{"k": "line1\\nline2"}');
    expect(seg.text).toBe('line1\nline2');
    expect(seg.map[6]).toBe(7);
  });

  it('is cheap on long lines without escapes', () => {
    const line = 'a=b&c=d/'.repeat(200_000);
    const t = performance.now();
    findDecodedSegments(line);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

describe('base64/hex runs found by the keyword pass', () => {
  it('give the same segments as the decoders finding runs themselves', async () => {
    const { DECODERS, findDecodedSegments, tokenRunsRequest } = await import('../../src/engine/decoders/index.js');
    const { RulePrefilter } = await import('../../src/engine/prefilter.js');
    const prefilter = new RulePrefilter([['key'], ['token']]);
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const parts = () => [Buffer.from('user:pa55word-' + rnd(1e6)).toString('base64'), Buffer.from('hello there').toString('hex'), 'key=', ' ', '\n', '==', 'identifierWithLongName', 'é', '%41%42'];
    for (let r = 0; r < 500; r++) {
      const text = Array.from({ length: rnd(30) }, () => parts()[rnd(9)]).join(rnd(2) ? '' : ' ');
      const runs = tokenRunsRequest();
      prefilter.select(text, runs);
      expect(runs.complete).toBe(true);
      expect(findDecodedSegments(text, DECODERS, runs)).toEqual(findDecodedSegments(text));
    }
  });
});
