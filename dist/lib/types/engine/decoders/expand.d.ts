/**
 * Grows a span around an escape hit while chars satisfy `inside`, at most `limit` chars each way.
 * Used instead of regexes like `[class]*%XX[class]*`, which backtrack quadratically on long lines.
 */
export declare function expandSpan(text: string, hitStart: number, hitEnd: number, inside: (code: number) => boolean, limit: number): [number, number];
