import { type SopsLeaf } from '../cipher.js';
import { type Visitor } from '../tree.js';
import type { KeySeg, PlainNode, SopsDocument } from './types.js';
export declare class YamlSopsDocument implements SopsDocument {
    private readonly docs;
    private readonly indent;
    private readonly file;
    readonly format: "yaml";
    private constructor();
    static parse(text: string, file: string): YamlSopsDocument;
    walk(visit: Visitor): void;
    private walkComments;
    private walkMap;
    private walkSeq;
    /** Returns a comment when a list item was a sops-encrypted comment (see walkSeq). */
    private walkValue;
    metadata(): unknown;
    setMetadata(md: Record<string, unknown> | undefined): void;
    get(path: readonly KeySeg[]): PlainNode | undefined;
    set(path: readonly KeySeg[], value: SopsLeaf): void;
    delete(path: readonly KeySeg[]): boolean;
    private find;
    serialize(): Buffer;
}
