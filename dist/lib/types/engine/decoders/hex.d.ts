import { type DecodedSegment, type Decoder } from './types.js';
/** A hex segment for the run [start, end) (32+ hex digits), or null when it is not printable text. */
export declare function hexSegment(text: string, start: number, end: number): DecodedSegment | null;
export declare const hexDecoder: Decoder;
