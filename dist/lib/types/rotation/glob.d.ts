/**
 * Globs on store URIs for rotation policies: `*` matches within one path segment (not `/`),
 * `**` matches across segments, `?` one character that is not `/`. Everything else is literal,
 * including `#` and `.`, so `vault://secret/app/*#password` means "the password key of every
 * secret directly under secret/app". A pattern without `#` also matches every key of the secrets it names.
 */
export declare function compileUriGlob(pattern: string): (uri: string) => boolean;
