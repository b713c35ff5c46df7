/** Standard input (`-`) as fragments, chunked like large files so memory stays bounded. */
import type { Fragment } from '../model/fragment.js';
import type { Source } from '../model/contracts.js';
import type { SourceStats } from './files.js';
export interface StreamSourceOptions {
    /** Any readable byte stream; the CLI passes process.stdin. */
    input: AsyncIterable<Buffer | Uint8Array>;
    /** Path shown in findings. Default '-'. */
    path?: string;
    chunkSize?: number;
    chunkOverlap?: number;
}
export declare class StreamSource implements Source {
    private readonly opts;
    readonly stats: SourceStats;
    constructor(opts: StreamSourceOptions);
    fragments(): AsyncGenerator<Fragment>;
}
