import { IvStash } from './cipher.js';
import type { SopsDocument, SopsFormat } from './formats/types.js';
import { type SopsMetadata } from './metadata.js';
import { type CryptRules } from './tree.js';
/** sops' own choice by extension (cmd/sops/formats): anything else is binary. */
export declare function formatForPath(path: string): SopsFormat;
export declare function parseSopsDocument(bytes: Buffer, format: SopsFormat, file: string, encrypted: boolean): SopsDocument;
export interface DecryptedSops {
    doc: SopsDocument;
    metadata: SopsMetadata;
    dataKey: Buffer;
    /** IVs of the values read, so that re-encrypting unchanged values gives the same text. */
    stash: IvStash;
}
export interface SopsDecryptOptions {
    /** age identities: bare `AGE-SECRET-KEY-1…` strings or whole key files. */
    ageIdentities: readonly string[];
    format?: SopsFormat;
    /** Name used in messages (the file path). */
    file?: string;
}
export declare function decryptSops(bytes: Buffer, opts: SopsDecryptOptions): Promise<DecryptedSops>;
export interface SopsEncryptOptions {
    /** age recipients (`age1…`) for a new file. Ignored when `previous` is given. */
    ageRecipients?: readonly string[];
    /** Encryption rules for a new file (at most one of the suffix/regex settings). */
    rules?: CryptRules;
    /** The result of decryptSops for the same file: keeps its data key, recipients, rules and unchanged ciphertexts. */
    previous?: Pick<DecryptedSops, 'metadata' | 'dataKey' | 'stash'>;
    /** Clock (tests). */
    now?: () => Date;
    file?: string;
}
/** Encrypts a plaintext document in place and returns the file bytes. */
export declare function encryptSops(doc: SopsDocument, opts: SopsEncryptOptions): Promise<Buffer>;
/** Plaintext bytes of a decrypted document, in its own format (what `sops --decrypt` prints). */
export declare function plaintextOf(doc: SopsDocument): Buffer;
/** Convenience: decrypt file bytes to plaintext bytes. */
export declare function sopsDecryptBytes(bytes: Buffer, opts: SopsDecryptOptions): Promise<Buffer>;
/** Convenience: encrypt plaintext bytes of the given format for age recipients. */
export declare function sopsEncryptBytes(plain: Buffer, opts: {
    format: SopsFormat;
    ageRecipients: readonly string[];
    rules?: CryptRules;
    now?: () => Date;
    file?: string;
}): Promise<Buffer>;
