import { type Decoder } from './types.js';
/** Decodes JSON/JS backslash escapes keeping a per-char offset map. */
export declare function unescapeJs(run: string): {
    text: string;
    map: Int32Array;
};
export declare const escapeDecoder: Decoder;
