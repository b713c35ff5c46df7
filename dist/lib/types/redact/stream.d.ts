import { Transform } from 'node:stream';
import type { RedactOptions } from './options.js';
import { type Scanner } from './scanner.js';
export interface StreamRedactOptions extends RedactOptions {
    /**
     * The longest text a secret (with the context its rule needs) can span. Text within this
     * distance of the end is held back until more arrives. Default 8192: a 4096-bit RSA PEM key is
     * about 3.3 KB; every single-line token is far shorter.
     */
    maxSecretLength?: number;
    /**
     * Emit every complete line as soon as it arrives (for `tail -f | stanch redact`), holding back
     * only an unfinished multi-line block (`-----BEGIN …` without its END). Default false.
     */
    lineMode?: boolean;
}
/**
 * Incremental redaction over a text stream. Invariant: text is emitted only once no secret that
 * starts in it can still be completed by later input, i.e. it ends at least `maxSecretLength`
 * before the end of what was received (or before the last newline in line mode), and never in
 * the middle of a found secret. The last `maxSecretLength` emitted chars stay as left context so
 * a rule's keyword (`password = "`) just before the cut is still seen.
 */
export declare class StreamRedactor {
    private readonly scanner;
    private readonly opts;
    private ctx;
    private buf;
    /** Position of ctx[0] in the whole stream (1-based line, 0-based column). */
    private ctxLine;
    private ctxCol;
    private readonly hold;
    constructor(scanner: Scanner, opts?: StreamRedactOptions);
    /** Feeds text; returns what can be emitted now (possibly ''). */
    push(text: string): string;
    /** Ends the stream: everything left is emitted (redacted). */
    end(): string;
    private lineBoundary;
    private flushTo;
    /** Moves `out` from the buffer into the left context, trimming context to `hold` chars. */
    private advance;
}
/** Redacts an async stream of chunks (strings or UTF-8 bytes), yielding redacted text. */
export declare function redactStream(source: AsyncIterable<string | Uint8Array>, opts?: StreamRedactOptions): AsyncGenerator<string>;
/** A Transform stream that redacts what flows through it (bytes or strings in, UTF-8 out). */
export declare function createRedactor(opts?: StreamRedactOptions): Transform;
