import { SopsComment, type IvStash, type SopsLeaf } from './cipher.js';
export type WalkValue = SopsLeaf | SopsComment;
export type Visitor = (value: WalkValue, path: readonly string[], comments: readonly (readonly string[])[]) => WalkValue;
export interface Walkable {
    walk(visit: Visitor): void;
}
/** Which leaves are encrypted. At most one of these is set; none means unencrypted_suffix `_unencrypted`. */
export interface CryptRules {
    unencryptedSuffix?: string;
    encryptedSuffix?: string;
    unencryptedRegex?: string;
    encryptedRegex?: string;
    unencryptedCommentRegex?: string;
    encryptedCommentRegex?: string;
    /** MAC only over values that end up encrypted (sops `mac_only_encrypted`). */
    macOnlyEncrypted?: boolean;
}
/** Compiles the rules once; `(path, comments, isComment) → encrypted?` exactly as sops' shouldBeEncrypted. */
export declare function encryptionPredicate(rules: CryptRules): (path: readonly string[], comments: readonly (readonly string[])[], isComment: boolean) => boolean;
export declare function aadFor(path: readonly string[]): string;
/** Encrypts every leaf the rules select, in place; returns the MAC (upper-case hex SHA-512) of the plaintext. */
export declare function encryptTree(doc: Walkable, dataKey: Buffer, rules: CryptRules, stash?: IvStash): string;
export declare class TreeDecryptError extends Error {
    readonly keyPath: string;
    constructor(message: string, keyPath: string);
}
/**
 * Decrypts in place; returns the MAC recomputed over the plaintext. A comment that does not decrypt is
 * kept as it is (sops does the same: it was probably added by hand). A value that does not decrypt throws.
 */
export declare function decryptTree(doc: Walkable, dataKey: Buffer, rules: CryptRules, opts?: {
    stash?: IvStash;
    rawStrings?: boolean;
}): string;
/** Helper for format walkers: the per-level comment stack, maintained like sops' walkBranch/walkSlice. */
export declare class CommentStack {
    private readonly levels;
    enter(): void;
    leave(): void;
    /** Call before visiting a comment line (sops counts the comment itself). */
    addComment(text: string): void;
    /** Call after a non-comment item of the current level. */
    clearLevel(): void;
    snapshot(): string[][];
}
