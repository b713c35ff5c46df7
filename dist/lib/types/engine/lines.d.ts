/** Offsets of line starts in a text, built once per fragment and only when a finding needs it. */
export declare class LineIndex {
    readonly text: string;
    private readonly starts;
    constructor(text: string);
    /** 0-based line index holding `offset`. */
    lineOf(offset: number): number;
    lineStart(line: number): number;
    /** End of the line's content (before \n, and before a \r preceding it). */
    lineEnd(line: number): number;
    /** The full lines covering [start, end). */
    linesText(firstLine: number, lastLine: number): string;
}
