import { isPrintableAscii, MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

// Standard and URL-safe alphabets; 16+ chars (12+ decoded bytes) to skip identifiers and short words.
const CANDIDATE = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

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

export const base64Decoder: Decoder = {
  name: 'base64',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null && out.length < MAX_SEGMENTS_PER_DECODER; m = CANDIDATE.exec(text)) {
      const bytes = decodeRun(m[0]);
      if (bytes === null || bytes.length < 8 || !isPrintableAscii(bytes)) continue;
      const decoded = Buffer.from(bytes).toString('latin1');
      const map = new Int32Array(decoded.length + 1);
      for (let i = 0; i < decoded.length; i++) map[i] = Math.floor((i * 4) / 3);
      map[decoded.length] = m[0].length;
      out.push({ kind: 'base64', start: m.index, end: m.index + m[0].length, text: decoded, map });
    }
    return out;
  },
};
