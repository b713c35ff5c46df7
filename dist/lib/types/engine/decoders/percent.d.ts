import { type Decoder } from './types.js';
/** Decodes %XX (bytes as Latin-1 chars: secrets are ASCII) keeping a per-char offset map. */
export declare function percentDecode(run: string): {
    text: string;
    map: Int32Array;
};
export declare const percentDecoder: Decoder;
