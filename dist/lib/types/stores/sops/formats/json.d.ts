import { type SopsLeaf } from '../cipher.js';
import { type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';
export declare class JsonObject {
    entries: Array<[string, JsonValue]>;
    constructor(entries?: Array<[string, JsonValue]>);
    get(key: string): JsonValue | undefined;
    set(key: string, value: JsonValue): void;
    delete(key: string): boolean;
}
export type JsonValue = JsonObject | JsonValue[] | SopsLeaf | null;
/** A strict JSON parser producing ordered objects; errors name line and column. */
export declare function parseOrderedJson(text: string, file: string): JsonValue;
export declare function stringifyOrderedJson(v: JsonValue, indent?: string): string;
export declare class JsonSopsDocument implements SopsDocument {
    readonly root: JsonObject;
    protected readonly file: string;
    readonly format: 'json' | 'binary';
    constructor(root: JsonObject, file: string);
    static parse(text: string, file: string): JsonSopsDocument;
    walk(visit: Visitor): void;
    metadata(): unknown;
    setMetadata(md: Record<string, unknown> | undefined): void;
    get(path: readonly KeySeg[]): PlainNode | undefined;
    set(path: readonly KeySeg[], value: SopsLeaf): void;
    delete(path: readonly KeySeg[]): boolean;
    protected find(path: readonly KeySeg[]): JsonValue | undefined;
    serialize(): Buffer;
}
/** A binary file: sops stores the whole content as one string value under "data". */
export declare class BinarySopsDocument extends JsonSopsDocument {
    readonly format: "binary";
    static fromPlain(bytes: Uint8Array, file: string): BinarySopsDocument;
    static parseEncrypted(text: string, file: string): BinarySopsDocument;
    /** The decrypted content. */
    content(): Buffer;
}
