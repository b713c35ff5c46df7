/** A piece of the scanned text that decodes to something worth scanning again. */
export interface DecodedSegment {
    kind: DecoderName;
    /** Span of the encoded text in the scanned string, [start, end). */
    start: number;
    end: number;
    /** Decoded text. */
    text: string;
    /**
     * map[i] = offset (relative to `start`) of the encoded text that produced decoded char i;
     * map[text.length] = end - start. Lets a finding in `text` point at the original span.
     */
    map: Int32Array;
}
export type DecoderName = 'base64' | 'hex' | 'percent' | 'escape';
export interface Decoder {
    name: DecoderName;
    find(text: string): DecodedSegment[];
}
/** Printable ASCII, tab, newline or carriage return: what decoded text must be made of. */
export declare const isPrintableByte: (b: number) => boolean;
export declare function scratchBytes(n: number): Uint8Array;
/** The first `n` bytes of `bytes` as a string, one char per byte. */
export declare function latin1(bytes: Uint8Array, n: number): string;
/** Caps the work per fragment: a minified bundle can hold thousands of candidate runs. */
export declare const MAX_SEGMENTS_PER_DECODER = 2000;
