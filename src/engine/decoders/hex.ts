import { forEachTokenRun } from './runs.js';
import { isPrintableAscii, MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

const HEX_RUN = /^(?:[0-9a-fA-F]{2}){16,}$/;

/** A hex segment for the run [start, end) (32+ hex digits), or null when it is not printable text. */
export function hexSegment(text: string, start: number, end: number): DecodedSegment | null {
  const run = text.slice(start, end);
  if (!HEX_RUN.test(run)) return null;
  const bytes = Buffer.from(run, 'hex');
  // Hashes and ids are hex too; they fail the printable check and are skipped.
  if (!isPrintableAscii(bytes)) return null;
  const decoded = bytes.toString('latin1');
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
