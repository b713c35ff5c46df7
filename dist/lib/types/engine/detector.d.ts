/**
 * The detector: fragment in, findings out. Per fragment: keyword prefilter → rule regexes, tried
 * only where keyword occurrences let a match start when the rule allows it (else on the keywords'
 * lines, else over the whole text; multi-line matches work) → validity (entropy, checksum,
 * placeholder) → the same over decoded segments, recursively → dedupe overlaps (the most specific
 * rule wins) → allowlists, inline suppressions, ignored fingerprints, min confidence.
 * Built from a plain StanchConfig, so a worker thread can construct its own.
 *
 * Reported lines/columns are those of the whole regex match (as gitleaks, so `.gitleaksignore`
 * `path:rule:line` keys line up); for a decoded finding they point at the encoded text, while
 * `secret`/`match` hold the decoded values and `decodedFrom` the decoders applied.
 */
import type { Detector, DetectorOptions } from '../model/contracts.js';
/** Builds a detector from plain options (serializable: safe to call inside a worker thread). */
export declare function createDetector(opts: DetectorOptions): Promise<Detector>;
