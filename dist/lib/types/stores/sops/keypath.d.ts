import type { KeySeg } from './formats/types.js';
export declare function parseKeyPath(key: string | undefined): KeySeg[];
export declare function formatKeyPath(segs: readonly KeySeg[]): string;
