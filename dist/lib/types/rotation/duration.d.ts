/**
 * Rotation intervals as people write them: `30d`, `12h`, `2w`, `90m` (minutes), `45s`.
 * Months and years are left out on purpose: their length varies, and a policy should mean one thing.
 */
/** Milliseconds for `<positive integer><s|m|h|d|w>`, or undefined when the text is not one. */
export declare function parseDuration(text: string): number | undefined;
/** A short human form (`3d 4h`, `5m`) for plans; rounds down to the largest two units. */
export declare function formatDuration(ms: number): string;
