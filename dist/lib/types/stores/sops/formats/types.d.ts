import type { SopsLeaf } from '../cipher.js';
import type { Walkable } from '../tree.js';
export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'binary';
/** One step of a key path: a map key or an array index. */
export type KeySeg = string | number;
/** A read-only view of a value inside a document. Map entries keep the file's order. */
export type PlainNode = {
    kind: 'leaf';
    value: SopsLeaf | null;
} | {
    kind: 'map';
    entries: Array<[string, PlainNode]>;
} | {
    kind: 'list';
    items: PlainNode[];
};
/**
 * A parsed sops-able file. `walk` visits leaves and comments in sops' tree order (the `sops` block excluded);
 * the accessors address the data (never the metadata) by key path.
 */
export interface SopsDocument extends Walkable {
    readonly format: SopsFormat;
    /** The raw `sops` metadata as plain data, or undefined when the file has none. */
    metadata(): unknown;
    /** Replaces (or with undefined removes) the metadata block. */
    setMetadata(md: Record<string, unknown> | undefined): void;
    get(path: readonly KeySeg[]): PlainNode | undefined;
    /** Sets a leaf, creating missing maps on the way. */
    set(path: readonly KeySeg[], value: SopsLeaf): void;
    /** Removes a key or array element; false when it was not there. */
    delete(path: readonly KeySeg[]): boolean;
    serialize(): Buffer;
}
