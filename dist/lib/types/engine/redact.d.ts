/**
 * The one redaction family. A redacted secret keeps at most a public format prefix (like `ghp_`,
 * `AKIA`, `xoxb`), truncated to 4 characters, and only when at least 12 characters remain hidden;
 * the rest becomes a fixed 8-star mask, so neither the value nor its length leaks.
 */
export declare const REDACTION_MASK = "********";
export declare function redactSecret(secret: string): string;
/**
 * Replaces every occurrence of each finding's secret in `text` (a line or a match). Multi-line
 * secrets (PEM) are replaced line by line, so each line of a key is masked on its own.
 */
export declare function redactText(text: string, findings: ReadonlyArray<{
    secret: string;
}>): string;
