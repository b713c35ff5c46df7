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

/** Text is worth rescanning when every byte is printable ASCII or common whitespace. */
export function isPrintableAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13) || b > 0x7e) return false;
  }
  return true;
}

/** Caps the work per fragment: a minified bundle can hold thousands of candidate runs. */
export const MAX_SEGMENTS_PER_DECODER = 2000;
