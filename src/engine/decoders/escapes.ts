import { MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

import { expandSpan } from './expand.js';

/** Sticky: tried only where indexOf found a backslash (a plain regex scan cost ~6 ms per MB). */
const ESCAPE = /\\(?:[nrtbfv0\\/]|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]{1,6}\}|x[0-9A-Fa-f]{2})/y;

/** Leftmost escape at or after `from`, as a global ESCAPE.exec would find it. */
function nextEscape(text: string, from: number): RegExpExecArray | null {
  for (let i = text.indexOf('\\', from); i >= 0; i = text.indexOf('\\', i + 1)) {
    ESCAPE.lastIndex = i;
    const m = ESCAPE.exec(text);
    if (m !== null) return m;
  }
  return null;
}
/** The inside of a quoted JSON/JS string: no quote, no real newline. */
const isStringChar = (c: number): boolean => c !== 34 && c !== 39 && c !== 96 && c !== 10;
/** Large enough for a 4096-bit PEM key in a JSON string. */
const MAX_EXPAND = 8192;

const SIMPLE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decodes JSON/JS backslash escapes keeping a per-char offset map. */
export function unescapeJs(run: string): { text: string; map: Int32Array } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < run.length; ) {
    if (run[i] === '\\' && i + 1 < run.length) {
      const c = run[i + 1];
      let m: RegExpExecArray | null;
      if (c in SIMPLE) {
        text += SIMPLE[c];
        offsets.push(i);
        i += 2;
      } else if ((m = /^u([0-9A-Fa-f]{4})|^u\{([0-9A-Fa-f]{1,6})\}|^x([0-9A-Fa-f]{2})/.exec(run.slice(i + 1, i + 10)))) {
        const cp = parseInt(m[1] ?? m[2] ?? m[3], 16);
        const s = cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
        for (let k = 0; k < s.length; k++) offsets.push(i);
        text += s;
        i += 1 + m[0].length;
      } else {
        text += c;
        offsets.push(i);
        i += 2;
      }
    } else {
      text += run[i];
      offsets.push(i);
      i++;
    }
  }
  offsets.push(run.length);
  return { text, map: Int32Array.from(offsets) };
}

export const escapeDecoder: Decoder = {
  name: 'escape',
  find(text: string): DecodedSegment[] {
    const out: DecodedSegment[] = [];
    let from = 0;
    for (let m = nextEscape(text, 0); m !== null && out.length < MAX_SEGMENTS_PER_DECODER; m = nextEscape(text, from)) {
      const [start, end] = expandSpan(text, m.index, m.index + m[0].length, isStringChar, MAX_EXPAND);
      from = Math.max(end, m.index + m[0].length);
      if (end - start < 8) continue;
      const { text: decoded, map } = unescapeJs(text.slice(start, end));
      out.push({ kind: 'escape', start, end, text: decoded, map });
    }
    return out;
  },
};
