import type { Finding } from '../model/finding.js';
import { LineIndex } from '../engine/lines.js';

/** A secret's place in the scanned text, as offsets (end exclusive). */
export interface SecretSpan {
  start: number;
  end: number;
  finding: Finding;
}

/**
 * Turns findings of a fragment scanned with startLine 1 back into offsets, ordered and without
 * overlaps (the engine already dedupes; this guards against decoded spans nesting).
 */
export function secretSpans(text: string, findings: readonly Finding[]): SecretSpan[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  const spans: SecretSpan[] = [];
  for (const f of findings) {
    if (f.secret === '' && f.match === '') continue; // path-only rules flag a file, not a span
    // A finding's columns cover the rule's whole match; the secret is the part of it to replace.
    // A decoded secret (base64 inside the match) is not in the text: the whole match goes.
    const matchStart = lines.lineStart(f.startLine - 1) + f.startColumn - 1;
    const matchEnd = lines.lineStart(f.endLine - 1) + f.endColumn;
    const at = f.secret ? text.indexOf(f.secret, matchStart) : -1;
    const inside = at >= 0 && at + f.secret.length <= matchEnd;
    const start = inside ? at : matchStart;
    const end = inside ? at + f.secret.length : matchEnd;
    if (end > start) spans.push({ start, end, finding: f });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    merged.push({ ...s });
  }
  return merged;
}

/** Replaces each span with `replacement(span)`; spans must be sorted and disjoint. */
export function replaceSpans(text: string, spans: readonly SecretSpan[], replacement: (s: SecretSpan) => string): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + replacement(s);
    at = s.end;
  }
  return out + text.slice(at);
}
