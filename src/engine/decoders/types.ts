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
export const isPrintableByte = (b: number): boolean => (b >= 0x20 && b <= 0x7e) || b === 9 || b === 10 || b === 13;

/**
 * Decoded bytes go into one reused buffer: most candidate runs are dropped after a few bytes, so
 * allocating per run would be wasted. Returns a buffer of at least `n` bytes.
 */
let scratch = new Uint8Array(4096);
export function scratchBytes(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** The first `n` bytes of `bytes` as a string, one char per byte. */
export function latin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
}

/** Caps the work per fragment: a minified bundle can hold thousands of candidate runs. */
export const MAX_SEGMENTS_PER_DECODER = 2000;
