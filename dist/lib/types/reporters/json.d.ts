import type { Reporter } from '../model/contracts.js';
/** A JSON array of findings (redacted unless showSecrets). */
export declare const jsonReporter: Reporter;
/** One JSON object per line; streams well into log pipelines. */
export declare const jsonlReporter: Reporter;
