/**
 * stanch as a library: scan and redact text, values and streams before they reach a log or an LLM.
 *
 *   import { scanText, redact, redactValue, createRedactor } from 'stanch';
 *
 * The one-shot functions build (and cache) a scanner per options object; for hot paths build one
 * with `createScanner(opts)` and call its synchronous methods.
 */
import type { Finding } from '../model/finding.js';
import type { RedactOptions } from '../redact/options.js';
export { createScanner, Scanner } from '../redact/scanner.js';
export { createRedactor, redactStream, StreamRedactor, type StreamRedactOptions } from '../redact/stream.js';
export { DEFAULT_MARKER, type RedactOptions, type RedactionEvent } from '../redact/options.js';
export type { Finding, RequiredFinding } from '../model/finding.js';
export type { Severity } from '../model/severity.js';
export type { StanchConfig, Rule, Allowlist, RequiredRule } from '../model/rule.js';
/** Findings in `text` (raw values included, for the caller's own use; never logged by stanch). */
export declare function scanText(text: string, opts?: RedactOptions): Promise<Finding[]>;
/** `text` with secrets replaced by `[REDACTED:<rule>]`; JSON input stays valid JSON. */
export declare function redact(text: string, opts?: RedactOptions): Promise<string>;
/** A deep copy of a value (objects, arrays, strings) with secrets in its strings redacted. */
export declare function redactValue<T>(value: T, opts?: RedactOptions): Promise<T>;
