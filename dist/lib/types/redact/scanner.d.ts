import type { Detector } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import { type RedactOptions, type RedactionEvent } from './options.js';
import { type SecretSpan } from './spans.js';
export declare function eventOf(f: Finding, valuePath?: string): RedactionEvent;
/**
 * Synchronous scanning and redaction of text and values, built once (rules compiled once).
 * Findings returned by `scanText` hold raw values for the caller's own use; everything this
 * class emits by itself (markers, events) carries none.
 */
export declare class Scanner {
    private readonly detector;
    private readonly opts;
    constructor(detector: Detector, opts: RedactOptions);
    scanText(text: string): Finding[];
    /** Secret spans of `text`, ordered and disjoint. */
    spans(text: string): SecretSpan[];
    /** `text` with each secret replaced by the marker; alerts through onFinding. */
    redact(text: string): string;
    /** Replaces already-found spans; `locate` moves event positions (the stream redactor's window offset). */
    replace(text: string, spans: readonly SecretSpan[], locate?: (e: RedactionEvent) => void): string;
    /**
     * A deep copy of `value` with secrets in strings redacted. A string under a key is scanned
     * together with its key (`password = "…"`), so name-driven rules see their context.
     */
    redactValue<T>(value: T): T;
    private walk;
    private redactString;
    /** If span replacement broke a JSON document (a span cut an escape), redact it structurally instead. */
    private keepJsonValid;
}
export declare function createScanner(opts?: RedactOptions): Promise<Scanner>;
