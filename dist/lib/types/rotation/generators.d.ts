import { type HookOptions } from './hook.js';
export declare const ALPHABETS: {
    readonly base62: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    readonly hex: "0123456789abcdef";
    readonly base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    readonly lower: "abcdefghijklmnopqrstuvwxyz0123456789";
    /** Printable ASCII without quotes, backslash and space (they break too many config formats). */
    readonly symbols: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~";
};
export type GeneratorSpec = {
    kind: 'random';
    length: number;
    alphabet: string;
} | {
    kind: 'prefixed';
    prefix: string;
    length: number;
    alphabet: string;
} | {
    kind: 'command';
    command: string[];
    timeoutMs: number;
};
/** What a command generator is told about the rotation (JSON on its stdin). */
export interface GeneratorContext {
    uri: string;
    /** The policy's match glob. */
    policy: string;
    /** Why: `schedule`, `manual`, `leak`. */
    reason: string;
    /** Only when the policy sets passOldValue = true. */
    oldValue?: string;
}
/** `length` characters drawn uniformly from `alphabet` (crypto.randomInt rejects biased draws). */
export declare function randomString(length: number, alphabet: string): string;
export declare function generateValue(spec: GeneratorSpec, context: GeneratorContext, hook: Omit<HookOptions, 'command' | 'timeoutMs' | 'stdin' | 'label'>): Promise<string>;
