import { forEachTokenRun } from './runs.js';
import { isPrintableAscii, MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

/** Decodes a base64 or base64url run (not both alphabets mixed); null when it cannot be one. */
function decodeRun(run: string): Uint8Array | null {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const std = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (std && url) return null;
  // Plain words and identifiers are valid base64 too; real encodings mix cases and usually digits.
  if (!/[a-z]/.test(body) || !/[A-Z0-9]/.test(body)) return null;
  return Buffer.from(body, url ? 'base64url' : 'base64');
}

/** A base64 segment for the run [start, end), or null when it does not decode to printable text. */
export function base64Segment(text: string, start: number, end: number): DecodedSegment | null {
  const run = text.slice(start, end);
  const bytes = decodeRun(run);
  if (bytes === null || bytes.length < 8 || !isPrintableAscii(bytes)) return null;
  const decoded = Buffer.from(bytes).toString('latin1');
  const map = new Int32Array(decoded.length + 1);
  for (let i = 0; i < decoded.length; i++) map[i] = Math.floor((i * 4) / 3);
  map[decoded.length] = run.length;
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
