import { base64Decoder, base64Segment } from './base64.js';
import { escapeDecoder } from './escapes.js';
import { hexDecoder, hexSegment } from './hex.js';
import { percentDecoder } from './percent.js';
import type { TokenRuns } from '../prefilter.js';
import { forEachKnownRun, forEachTokenRun, MIN_RUN, RUN_CHARS } from './runs.js';
import { MAX_SEGMENTS_PER_DECODER, type DecodedSegment, type Decoder } from './types.js';

export type { DecodedSegment, Decoder, DecoderName } from './types.js';
export { base64Decoder, escapeDecoder, hexDecoder, percentDecoder };
export { percentDecode } from './percent.js';
export { unescapeJs } from './escapes.js';

/** base64 and hex from one pass over the text: a run is tried as hex first, then as base64. */
function base64OrHexSegments(text: string, runs: readonly number[] | null): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  const onRun = (start: number, end: number): boolean => {
    const seg = hexSegment(text, start, end) ?? base64Segment(text, start, end);
    if (seg) out.push(seg);
    return out.length < MAX_SEGMENTS_PER_DECODER;
  };
  if (runs !== null) forEachKnownRun(text, runs, onRun);
  else forEachTokenRun(text, onRun);
  return out;
}

const base64OrHexDecoder: Decoder = { name: 'base64', find: (text) => base64OrHexSegments(text, null) };

export const DECODERS: readonly Decoder[] = [base64OrHexDecoder, percentDecoder, escapeDecoder];

/** A TokenRuns request for the keyword pass (src/engine/prefilter.ts) with the decoders' run class. */
export function tokenRunsRequest(): TokenRuns {
  return { chars: RUN_CHARS, min: MIN_RUN, spans: [], complete: false };
}

/**
 * All decodable segments of `text` (base64, hex, percent-encoding, JSON/JS escapes). `runs`: the
 * base64/hex candidate runs when the keyword pass already found them (tokenRunsRequest).
 */
export function findDecodedSegments(text: string, decoders: readonly Decoder[] = DECODERS, runs?: TokenRuns): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  for (const d of decoders) {
    if (d === base64OrHexDecoder && runs?.complete) out.push(...base64OrHexSegments(text, runs.spans));
    else if ((d === percentDecoder && runs?.percent === false) || (d === escapeDecoder && runs?.backslash === false)) continue;
    else out.push(...d.find(text));
  }
  return out;
}
