import type { Severity } from '../model/severity.js';
import type { Reporter } from '../model/contracts.js';
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key under which our fingerprint goes into `partialFingerprints`. */
export declare const PARTIAL_FINGERPRINT_KEY = "stanchFingerprint/v1";
export declare function sarifLevel(s: Severity): 'error' | 'warning' | 'note';
export declare function securitySeverity(s: Severity): string;
export declare const sarifReporter: Reporter;
