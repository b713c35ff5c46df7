import { type DecodedSegment, type Decoder } from './types.js';
/** A base64 segment for the run [start, end), or null when it does not decode to printable text. */
export declare function base64Segment(text: string, start: number, end: number): DecodedSegment | null;
export declare const base64Decoder: Decoder;
