import { MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

import { expandSpan } from './expand.js';

const URL_CHARS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~!$&'()*+,;=:@/?#[]-%") {
  URL_CHARS[c.charCodeAt(0)] = 1;
}
const isUrlChar = (c: number): boolean => c < 128 && URL_CHARS[c] === 1;
/** URLs with credentials are short; bounding the run keeps minified lines cheap. */
const MAX_EXPAND = 512;

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decodes %XX (bytes as Latin-1 chars: secrets are ASCII) keeping a per-char offset map. */
export function percentDecode(run: string): { text: string; map: Int32Array } {
  const chars: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < run.length; ) {
    const c = run.charCodeAt(i);
    if (c === 37 && i + 2 < run.length && hexVal(run.charCodeAt(i + 1)) >= 0 && hexVal(run.charCodeAt(i + 2)) >= 0) {
      chars.push(hexVal(run.charCodeAt(i + 1)) * 16 + hexVal(run.charCodeAt(i + 2)));
      offsets.push(i);
      i += 3;
    } else {
      chars.push(c);
      offsets.push(i);
      i++;
    }
  }
  offsets.push(run.length);
  return { text: String.fromCharCode(...chars), map: Int32Array.from(offsets) };
}

export const percentDecoder: Decoder = {
  name: 'percent',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    // indexOf finds the next '%' natively; a global /%[0-9A-Fa-f]{2}/ scan cost ~0.5 ms per MB.
    for (let i = text.indexOf('%'); i >= 0 && out.length < MAX_SEGMENTS_PER_DECODER; i = text.indexOf('%', i + 1)) {
      if (i + 2 >= text.length || hexVal(text.charCodeAt(i + 1)) < 0 || hexVal(text.charCodeAt(i + 2)) < 0) continue;
      const [start, end] = expandSpan(text, i, i + 3, isUrlChar, MAX_EXPAND);
      const { text: decoded, map } = percentDecode(text.slice(start, end));
      out.push({ kind: 'percent', start, end, text: decoded, map });
      i = end - 1;
    }
    return out;
  },
};
