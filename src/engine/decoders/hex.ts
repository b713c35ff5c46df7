import { forEachTokenRun } from './runs.js';
import { isPrintableByte, latin1, MAX_SEGMENTS_PER_DECODER, scratchBytes, type DecodedSegment, type Decoder } from './types.js';

const hexValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);

/**
 * A hex segment for the run [start, end) (an even number, 32 or more, of hex digits), or null when
 * it does not decode to printable text (hashes and ids are hex too). Decodes as it checks, so a
 * hash is dropped at its first non-printable byte.
 */
export function hexSegment(text: string, start: number, end: number): DecodedSegment | null {
  const n = end - start;
  if (n < 32 || n % 2 !== 0) return null;
  const bytes = scratchBytes(n / 2);
  let len = 0;
  for (let i = start; i < end; i += 2) {
    const hi = hexValue(text.charCodeAt(i));
    const lo = hexValue(text.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return null;
    const b = hi * 16 + lo;
    if (!isPrintableByte(b)) return null;
    bytes[len++] = b;
  }
  const decoded = latin1(bytes, len);
  const map = new Int32Array(decoded.length + 1);
  for (let i = 0; i <= decoded.length; i++) map[i] = i * 2;
  return { kind: 'hex', start, end, text: decoded, map };
}

export const hexDecoder: Decoder = {
  name: 'hex',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    forEachTokenRun(text, (start, end) => {
      const seg = hexSegment(text, start, end);
      if (seg) out.push(seg);
      return out.length < MAX_SEGMENTS_PER_DECODER;
    });
    return out;
  },
};
