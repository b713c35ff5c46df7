import { type DecodedSegment, type Decoder } from './types.js';
/**
 * A hex segment for the run [start, end) (an even number, 32 or more, of hex digits), or null when
 * it does not decode to printable text (hashes and ids are hex too). Decodes as it checks, so a
 * hash is dropped at its first non-printable byte.
 */
export declare function hexSegment(text: string, start: number, end: number): DecodedSegment | null;
export declare const hexDecoder: Decoder;
