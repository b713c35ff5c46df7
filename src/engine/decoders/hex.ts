import { isPrintableAscii, MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

// 16+ hex digit pairs. Hashes and ids are hex too; they fail the printable check and are skipped.
const CANDIDATE = /(?:[0-9a-fA-F]{2}){16,}/g;

export const hexDecoder: Decoder = {
  name: 'hex',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null && out.length < MAX_SEGMENTS_PER_DECODER; m = CANDIDATE.exec(text)) {
      const bytes = Buffer.from(m[0], 'hex');
      if (!isPrintableAscii(bytes)) continue;
      const decoded = bytes.toString('latin1');
      const map = new Int32Array(decoded.length + 1);
      for (let i = 0; i <= decoded.length; i++) map[i] = i * 2;
      out.push({ kind: 'hex', start: m.index, end: m.index + m[0].length, text: decoded, map });
    }
    return out;
  },
};
