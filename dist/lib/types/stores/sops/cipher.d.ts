export declare const IV_BYTES = 32;
/** A comment line of a YAML or dotenv file (text after the `#`). */
export declare class SopsComment {
    readonly text: string;
    constructor(text: string);
}
/** A YAML timestamp, held as Go's time.MarshalText form (RFC 3339, nanoseconds trimmed): sops type `time`. */
export declare class SopsTime {
    readonly text: string;
    constructor(text: string);
    toString(): string;
}
/**
 * A plaintext leaf. The JS type carries the sops type:
 * string → str, bigint → int, number → float, boolean → bool, Uint8Array → raw bytes (binary files).
 */
export type SopsLeaf = string | bigint | number | boolean | Uint8Array | SopsTime;
export type SopsType = 'str' | 'int' | 'int64' | 'float' | 'bool' | 'bytes' | 'time' | 'comment';
export declare function isEncryptedValue(value: unknown): value is string;
/** Remembers IVs of decrypted values so an unchanged value re-encrypts to the same text (small diffs, like sops). */
export declare class IvStash {
    private readonly ivs;
    private static key;
    remember(aad: string, type: SopsType, plain: Buffer, iv: Buffer): void;
    recall(aad: string, type: SopsType, plain: Buffer): Buffer | undefined;
}
/** Go's strconv.FormatFloat(x, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export declare function formatGoFloat(x: number): string;
/** The bytes sops feeds to the MAC for a leaf (sops.ToBytes): bools are `True`/`False` for Python compatibility. */
export declare function leafBytes(leaf: SopsLeaf): Buffer;
export declare function encryptValue(leaf: SopsLeaf | SopsComment, key: Buffer, aad: string, stash?: IvStash): string;
export declare class ValueDecryptError extends Error {
}
export interface DecryptOptions {
    stash?: IvStash;
    /** Return `str` values as raw bytes (binary files may not be UTF-8). */
    rawStrings?: boolean;
}
/** Decrypts one sops value. Throws ValueDecryptError (without any plaintext in the message) on a bad format or tag. */
export declare function decryptValue(text: string, key: Buffer, aad: string, opts?: DecryptOptions): SopsLeaf | SopsComment;
