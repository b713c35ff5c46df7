import { type DecodedSegment, type Decoder } from './types.js';
/**
 * A base64 segment for the run [start, end), or null when it cannot be one (both alphabets mixed,
 * no lower case or no upper case/digit: plain words and identifiers are valid base64 too) or does
 * not decode to at least 8 printable characters. Decodes as it checks, so an identifier that
 * decodes to binary is dropped after a few characters: a source file holds thousands of them.
 */
export declare function base64Segment(text: string, start: number, end: number): DecodedSegment | null;
export declare const base64Decoder: Decoder;
