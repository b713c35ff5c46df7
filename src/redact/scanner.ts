import type { Detector } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import { createDetector } from '../engine/detector.js';
import { defaultConfig } from '../config/load.js';
import { renderMarker, type RedactOptions, type RedactionEvent } from './options.js';
import { replaceSpans, secretSpans, type SecretSpan } from './spans.js';

const TEXT_PATH = 'text';

export function eventOf(f: Finding, valuePath?: string): RedactionEvent {
  const e: RedactionEvent = {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    confidence: f.confidence,
    line: f.startLine,
    column: f.startColumn,
    fingerprint: f.fingerprint,
  };
  if (valuePath !== undefined) e.valuePath = valuePath;
  return e;
}

/**
 * Synchronous scanning and redaction of text and values, built once (rules compiled once).
 * Findings returned by `scanText` hold raw values for the caller's own use; everything this
 * class emits by itself (markers, events) carries none.
 */
export class Scanner {
  constructor(
    private readonly detector: Detector,
    private readonly opts: RedactOptions,
  ) {}

  scanText(text: string): Finding[] {
    return this.detector.scan({ text, path: TEXT_PATH, startLine: 1 });
  }

  /** Secret spans of `text`, ordered and disjoint. */
  spans(text: string): SecretSpan[] {
    return secretSpans(text, this.scanText(text));
  }

  /** `text` with each secret replaced by the marker; alerts through onFinding. */
  redact(text: string): string {
    const spans = this.spans(text);
    const out = this.replace(text, spans);
    if (spans.length > 0 && looksLikeJson(text)) return this.keepJsonValid(text, out);
    return out;
  }

  /** Replaces already-found spans; `locate` moves event positions (the stream redactor's window offset). */
  replace(text: string, spans: readonly SecretSpan[], locate?: (e: RedactionEvent) => void): string {
    return replaceSpans(text, spans, (s) => {
      const event = eventOf(s.finding);
      locate?.(event);
      this.opts.onFinding?.(event);
      return renderMarker(this.opts.marker, event);
    });
  }

  /**
   * A deep copy of `value` with secrets in strings redacted. A string under a key is scanned
   * together with its key (`password = "…"`), so name-driven rules see their context.
   */
  redactValue<T>(value: T): T {
    return this.walk(value, '$', undefined, new WeakSet()) as T;
  }

  private walk(value: unknown, path: string, key: string | undefined, seen: WeakSet<object>): unknown {
    if (typeof value === 'string') return this.redactString(value, key, path);
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    if (Array.isArray(value)) return value.map((v, i) => this.walk(v, `${path}[${i}]`, key, seen));
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.walk(v, `${path}.${k}`, k, seen);
    return out;
  }

  private redactString(value: string, key: string | undefined, valuePath: string): string {
    // Scan `key = "value"` so that `password`-style rules see the name; spans inside the value map back.
    const prefix = key === undefined ? '' : `${key.replace(/[\r\n]/g, ' ')} = "`;
    const text = prefix + value + (key === undefined ? '' : '"');
    const spans = secretSpans(text, this.scanText(text))
      .filter((s) => s.end > prefix.length && s.start < prefix.length + value.length)
      .map((s) => ({ ...s, start: Math.max(s.start, prefix.length) - prefix.length, end: Math.min(s.end, prefix.length + value.length) - prefix.length }));
    return replaceSpans(value, spans, (s) => {
      const event = eventOf(s.finding, valuePath);
      this.opts.onFinding?.(event);
      return renderMarker(this.opts.marker, event);
    });
  }

  /** If span replacement broke a JSON document (a span cut an escape), redact it structurally instead. */
  private keepJsonValid(original: string, redacted: string): string {
    try {
      JSON.parse(redacted);
      return redacted;
    } catch {
      const doc = JSON.parse(original) as unknown;
      const silent = new Scanner(this.detector, { ...this.opts, onFinding: undefined });
      return JSON.stringify(silent.redactValue(doc), null, jsonIndent(original));
    }
  }
}

function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']')))) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function jsonIndent(text: string): number {
  const m = /\n( +)"/.exec(text);
  return m ? m[1].length : 0;
}

export async function createScanner(opts: RedactOptions = {}): Promise<Scanner> {
  const detector = await createDetector({
    config: opts.config ?? defaultConfig(),
    minConfidence: opts.minConfidence,
    includeRules: opts.includeRules,
    excludeRules: opts.excludeRules,
    regexEngine: opts.regexEngine,
  });
  return new Scanner(detector, opts);
}
