import { forEachTokenRun } from './runs.js';
import { isPrintableByte, latin1, MAX_SEGMENTS_PER_DECODER, scratchBytes, type DecodedSegment, type Decoder } from './types.js';

/** base64 and base64url digit values (both alphabets; mixing them is refused separately), -1 = none. */
const B64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'.split('').forEach((c, i) => (B64[c.charCodeAt(0)] = i));
B64[43] = B64[45] = 62; // + -
B64[47] = B64[95] = 63; // / _


/**
 * A base64 segment for the run [start, end), or null when it cannot be one (both alphabets mixed,
 * no lower case or no upper case/digit: plain words and identifiers are valid base64 too) or does
 * not decode to at least 8 printable characters. Decodes as it checks, so an identifier that
 * decodes to binary is dropped after a few characters: a source file holds thousands of them.
 */
export function base64Segment(text: string, start: number, end: number): DecodedSegment | null {
  let bodyEnd = end;
  while (bodyEnd > start && text.charCodeAt(bodyEnd - 1) === 61) bodyEnd--; // '=' padding
  const n = bodyEnd - start;
  if (n % 4 === 1 || Math.floor((n * 3) / 4) < 8) return null;
  let std = false;
  let url = false;
  let lower = false;
  let upperOrDigit = false;
  const bytes = scratchBytes(n);
  let len = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < bodyEnd; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64[c] : -1;
    if (v < 0) return null;
    if (c === 43 || c === 47) std = true;
    else if (c === 45 || c === 95) url = true;
    else if (c >= 97) lower = true;
    else upperOrDigit = true;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const b = (acc >> bits) & 0xff;
      if (!isPrintableByte(b)) return null;
      bytes[len++] = b;
    }
  }
  if ((std && url) || !lower || !upperOrDigit) return null;
  const decoded = latin1(bytes, len);
  const map = new Int32Array(decoded.length + 1);
  for (let i = 0; i < decoded.length; i++) map[i] = Math.floor((i * 4) / 3);
  map[decoded.length] = end - start;
  return { kind: 'base64', start, end, text: decoded, map };
}

export const base64Decoder: Decoder = {
  name: 'base64',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    forEachTokenRun(text, (start, end) => {
      const seg = base64Segment(text, start, end);
      if (seg) out.push(seg);
      return out.length < MAX_SEGMENTS_PER_DECODER;
    });
    return out;
  },
};
