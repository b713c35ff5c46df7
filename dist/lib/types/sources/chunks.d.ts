/**
 * Splits a byte stream into overlapping text chunks with bounded memory, so a 100 MB
 * file (even a single 100 MB line) is scanned without holding it whole. Each chunk
 * knows the line and column it starts at. Consecutive chunks overlap by at least
 * `overlap` bytes (the next chunk starts at the first line start inside the overlap
 * window when there is one, else mid-line), so a PEM block or token crossing a chunk
 * boundary is whole in the next chunk. Duplicate findings from the overlap are
 * removed by the pipeline.
 */
export interface TextChunk {
    text: string;
    /** 1-based line of the chunk's first character. */
    startLine: number;
    /** 1-based column (UTF-16 units) of the chunk's first character. */
    startColumn: number;
}
export interface ChunkOptions {
    /** Bytes per chunk (upper bound). */
    chunkSize: number;
    /** Minimum bytes repeated at the start of the next chunk. Must be < chunkSize / 2. */
    overlap: number;
}
export declare const DEFAULT_CHUNK_SIZE: number;
export declare const DEFAULT_CHUNK_OVERLAP: number;
export declare function chunkByteStream(input: AsyncIterable<Buffer | Uint8Array>, opts: ChunkOptions): AsyncGenerator<TextChunk>;
