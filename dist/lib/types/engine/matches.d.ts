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
export declare const PIECE: number;
export declare function matchesOf(regex: CompiledRegex, text: string, maxMatch?: number): Generator<RegexMatch>;
/**
 * The same matches as matchesOf, when every match can only start in `starts` (flat [lo, hi]
 * pairs, inclusive, ascending: see RulePrefilter.starts()). Each try runs on the whole text, so
 * anchors, `\b` and matches of any length read as in a whole-text search, and finds the first
 * match starting within `reach` chars of its start. A match found past the current range is still
 * the leftmost one after the search position: the positions skipped on the way cannot start one.
 */
export declare function matchesNear(regex: CompiledRegex, text: string, starts: readonly number[], reach: number): Generator<RegexMatch>;
