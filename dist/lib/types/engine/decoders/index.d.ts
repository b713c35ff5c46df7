import { base64Decoder } from './base64.js';
import { escapeDecoder } from './escapes.js';
import { hexDecoder } from './hex.js';
import { percentDecoder } from './percent.js';
import type { TokenRuns } from '../prefilter.js';
import { type DecodedSegment, type Decoder } from './types.js';
export type { DecodedSegment, Decoder, DecoderName } from './types.js';
export { base64Decoder, escapeDecoder, hexDecoder, percentDecoder };
export { percentDecode } from './percent.js';
export { unescapeJs } from './escapes.js';
export declare const DECODERS: readonly Decoder[];
/** A TokenRuns request for the keyword pass (src/engine/prefilter.ts) with the decoders' run class. */
export declare function tokenRunsRequest(): TokenRuns;
/**
 * All decodable segments of `text` (base64, hex, percent-encoding, JSON/JS escapes). `runs`: the
 * base64/hex candidate runs when the keyword pass already found them (tokenRunsRequest).
 */
export declare function findDecodedSegments(text: string, decoders?: readonly Decoder[], runs?: TokenRuns): DecodedSegment[];
