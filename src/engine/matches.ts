/**
 * Every match of a regex in a text, leftmost first, as one scan of the whole text finds them. For
 * a pattern whose matches are at most `maxMatch` UTF-16 units long, a long text is searched in
 * pieces of PIECE units instead: V8 counts backtracks over a whole `exec`, and on a few megabytes
 * of keyword-dense text (a log, a minified bundle) one run crossed the limit and finished on V8's
 * linear engine, which took 30 s and 14 GB for 6.6 MB. The pieces give the same matches:
 *  - a piece starts one char before the search position, so `\b` and `^` see the char before it;
 *  - a match starting at s is kept only when s + maxMatch < the piece's end (or the piece ends
 *    the text): no path from s can then read or test past the piece, so the match at s and every
 *    earlier candidate position are decided as in the whole text;
 *  - otherwise no match starts before end - maxMatch, and the search goes on from there.
 */
import type { CompiledRegex, RegexMatch } from './regex/index.js';

export const PIECE = 64 * 1024;

export function* matchesOf(regex: CompiledRegex, text: string, maxMatch?: number): Generator<RegexMatch> {
  if (maxMatch === undefined || text.length <= PIECE || maxMatch * 4 > PIECE) {
    let from = 0;
    while (from <= text.length) {
      const m = regex.exec(text, from);
      if (m === null) return;
      yield m;
      from = m.end > m.index ? m.end : m.index + 1;
    }
    return;
  }
  let p = 0;
  while (p <= text.length) {
    const start = p > 0 ? p - 1 : 0;
    const end = Math.min(text.length, p + PIECE);
    const last = end === text.length;
    const m = regex.exec(text.slice(start, end), p - start);
    if (m !== null && (last || start + m.index + maxMatch < end)) {
      const found: RegexMatch = { index: start + m.index, end: start + m.end, spans: m.spans.map((x) => (x < 0 ? x : x + start)) };
      yield found;
      p = found.end > found.index ? found.end : found.index + 1;
    } else if (last) return;
    else p = end - maxMatch;
  }
}

/**
 * The same matches as matchesOf, when every match can only start in `starts` (flat [lo, hi]
 * pairs, inclusive, ascending: see RulePrefilter.starts()). Each try runs on the whole text, so
 * anchors, `\b` and matches of any length read as in a whole-text search, and finds the first
 * match starting within `reach` chars of its start. A match found past the current range is still
 * the leftmost one after the search position: the positions skipped on the way cannot start one.
 */
export function* matchesNear(regex: CompiledRegex, text: string, starts: readonly number[], reach: number): Generator<RegexMatch> {
  if (regex.execNear === undefined) throw new Error('matchesNear needs a regex with execNear');
  // No match starts before pos: it is past the last match, or past the starts already tried.
  let pos = 0;
  for (let k = 0; k < starts.length; k += 2) {
    const hi = starts[k + 1];
    let from = Math.max(starts[k], pos);
    while (from <= hi) {
      const m = regex.execNear(text, from, reach);
      if (m === null) {
        from += reach + 1;
        pos = from;
        continue;
      }
      yield m;
      pos = from = m.end > m.index ? m.end : m.index + 1;
    }
  }
}
