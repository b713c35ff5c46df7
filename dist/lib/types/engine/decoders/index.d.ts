import { base64Decoder } from './base64.js';
import { escapeDecoder } from './escapes.js';
import { hexDecoder } from './hex.js';
import { percentDecoder } from './percent.js';
import { type DecodedSegment, type Decoder } from './types.js';
export type { DecodedSegment, Decoder, DecoderName } from './types.js';
export { base64Decoder, escapeDecoder, hexDecoder, percentDecoder };
export { percentDecode } from './percent.js';
export { unescapeJs } from './escapes.js';
export declare const DECODERS: readonly Decoder[];
/** All decodable segments of `text` (base64, hex, percent-encoding, JSON/JS escapes). */
export declare function findDecodedSegments(text: string, decoders?: readonly Decoder[]): DecodedSegment[];
