/** Post-detection steps shared by every scan: column shift for mid-line chunks, dedupe, sort. */
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
/**
 * A fragment cut from the middle of a long line starts at `startColumn`; the detector
 * counted columns from the fragment start, so shift the columns on its first line.
 */
export declare function shiftColumns(findings: Finding[], fragment: Pick<Fragment, 'startColumn' | 'startLine' | 'lineNumbers'>): Finding[];
/**
 * One finding per place: overlapping chunks can report the same secret twice, and a
 * chunk that ends inside a token can report a truncated prefix of it. Keep the longest
 * match starting at a given position.
 */
export declare function dedupeFindings(findings: readonly Finding[]): Finding[];
export declare function compareFindings(a: Finding, b: Finding): number;
export declare function sortFindings(findings: Finding[]): Finding[];
