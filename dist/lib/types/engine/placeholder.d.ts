/**
 * Drops values that are obviously not real secrets: documented examples, template references,
 * masks and keyboard runs. Applied to every finding, whatever the rule.
 */
export declare function isPlaceholderSecret(secret: string): boolean;
