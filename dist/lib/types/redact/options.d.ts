import type { Severity } from '../model/severity.js';
import type { StanchConfig } from '../model/rule.js';
/**
 * What an alert about a redacted secret carries: where and which rule, never the value
 * (not even redacted), so a callback can log or page without leaking.
 */
export interface RedactionEvent {
    ruleId: string;
    description: string;
    severity: Severity;
    confidence: number;
    /** 1-based position of the secret in the text (for streams: in the whole stream). */
    line: number;
    column: number;
    /** Content-based fingerprint (keyed hash; safe to log, cannot be reversed to the value). */
    fingerprint: string;
    /** JSON-ish path of the value when redacting objects (`$.db.password`). */
    valuePath?: string;
}
export interface RedactOptions {
    /** Drop findings below this confidence (0..1). Default 0. */
    minConfidence?: number;
    /** Only these rule ids (empty = all). */
    includeRules?: string[];
    /** Never these rule ids. */
    excludeRules?: string[];
    /**
     * Replacement text. A string may contain `{rule}` (rule id). Default `[REDACTED:{rule}]`.
     * A function gets the event (no value) and returns the marker.
     */
    marker?: string | ((event: RedactionEvent) => string);
    /** Called once per secret found. Never receives the value. */
    onFinding?: (event: RedactionEvent) => void;
    /** Rules and allowlists; default: the built-in rules. */
    config?: StanchConfig;
    /** Regex engine (see DetectorOptions). */
    regexEngine?: 'auto' | 're2' | 're2js' | 'v8';
}
export declare const DEFAULT_MARKER = "[REDACTED:{rule}]";
export declare function renderMarker(marker: RedactOptions['marker'], event: RedactionEvent): string;
