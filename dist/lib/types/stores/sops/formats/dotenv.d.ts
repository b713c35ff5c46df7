import { type SopsLeaf } from '../cipher.js';
import { type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';
export declare class DotenvSopsDocument implements SopsDocument {
    private lines;
    private meta;
    private readonly file;
    readonly format: "dotenv";
    private constructor();
    static parse(text: string, file: string): DotenvSopsDocument;
    walk(visit: Visitor): void;
    metadata(): unknown;
    setMetadata(md: Record<string, unknown> | undefined): void;
    get(path: readonly KeySeg[]): PlainNode | undefined;
    set(path: readonly KeySeg[], value: SopsLeaf): void;
    delete(path: readonly KeySeg[]): boolean;
    serialize(): Buffer;
    private kvs;
}
