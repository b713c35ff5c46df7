import { base64Decoder } from './base64.js';
import { escapeDecoder } from './escapes.js';
import { hexDecoder } from './hex.js';
import { percentDecoder } from './percent.js';
import type { DecodedSegment, Decoder } from './types.js';

export type { DecodedSegment, Decoder, DecoderName } from './types.js';
export { base64Decoder, escapeDecoder, hexDecoder, percentDecoder };
export { percentDecode } from './percent.js';
export { unescapeJs } from './escapes.js';

export const DECODERS: readonly Decoder[] = [base64Decoder, hexDecoder, percentDecoder, escapeDecoder];

/** All decodable segments of `text`, from every decoder. */
export function findDecodedSegments(text: string, decoders: readonly Decoder[] = DECODERS): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  for (const d of decoders) out.push(...d.find(text));
  return out;
}
