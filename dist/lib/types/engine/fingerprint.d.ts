/** 16 hex chars of HMAC-SHA256(domain key, secret). */
export declare function secretDigest(secret: string): string;
/**
 * `ruleId:path:digest`, e.g. `github-pat:src/a.ts:3f9c0d1e2a4b5c6d`. Content-based: the same secret
 * in the same file keeps its fingerprint across rebases, line moves and commits.
 */
export declare function fingerprint(ruleId: string, path: string, secret: string): string;
