import { base64Decoder, base64Segment } from './base64.js';
import { escapeDecoder } from './escapes.js';
import { hexDecoder, hexSegment } from './hex.js';
import { percentDecoder } from './percent.js';
import { forEachTokenRun } from './runs.js';
import { MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

export type { DecodedSegment, Decoder, DecoderName } from './types.js';
export { base64Decoder, escapeDecoder, hexDecoder, percentDecoder };
export { percentDecode } from './percent.js';
export { unescapeJs } from './escapes.js';

/** base64 and hex from one pass over the text: a run is tried as hex first, then as base64. */
const base64OrHexDecoder: Decoder = {
  name: 'base64',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    forEachTokenRun(text, (start, end) => {
      const seg = hexSegment(text, start, end) ?? base64Segment(text, start, end);
      if (seg) out.push(seg);
      return out.length < MAX_SEGMENTS_PER_DECODER;
    });
    return out;
  },
};

export const DECODERS: readonly Decoder[] = [base64OrHexDecoder, percentDecoder, escapeDecoder];

/** All decodable segments of `text` (base64, hex, percent-encoding, JSON/JS escapes). */
export function findDecodedSegments(text: string, decoders: readonly Decoder[] = DECODERS): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  for (const d of decoders) out.push(...d.find(text));
  return out;
}
