import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { RedactOptions } from './options.js';
import { createScanner, type Scanner } from './scanner.js';
import type { SecretSpan } from './spans.js';

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

const DEFAULT_MAX_SECRET = 8192;
const BLOCK_START = /-----BEGIN[ A-Z0-9]*(?:PRIVATE KEY|PRIVATE KEY BLOCK)-----/g;

/**
 * Incremental redaction over a text stream. Invariant: text is emitted only once no secret that
 * starts in it can still be completed by later input, i.e. it ends at least `maxSecretLength`
 * before the end of what was received (or before the last newline in line mode), and never in
 * the middle of a found secret. The last `maxSecretLength` emitted chars stay as left context so
 * a rule's keyword (`password = "`) just before the cut is still seen.
 */
export class StreamRedactor {
  private ctx = '';
  private buf = '';
  /** Position of ctx[0] in the whole stream (1-based line, 0-based column). */
  private ctxLine = 1;
  private ctxCol = 0;
  private readonly hold: number;

  constructor(
    private readonly scanner: Scanner,
    private readonly opts: StreamRedactOptions = {},
  ) {
    this.hold = Math.max(64, opts.maxSecretLength ?? DEFAULT_MAX_SECRET);
  }

  /** Feeds text; returns what can be emitted now (possibly ''). */
  push(text: string): string {
    this.buf += text;
    if (this.opts.lineMode) return text.includes('\n') ? this.flushTo(this.lineBoundary()) : '';
    // Scan in batches of at least `hold` new chars, so each char is scanned a bounded number of times.
    if (this.buf.length < 2 * this.hold) return '';
    return this.flushTo(this.buf.length - this.hold);
  }

  /** Ends the stream: everything left is emitted (redacted). */
  end(): string {
    return this.flushTo(this.buf.length);
  }

  private lineBoundary(): number {
    let b = this.buf.lastIndexOf('\n') + 1;
    // Hold an unfinished private-key block, but never more than `hold` chars of it.
    const window = this.buf.slice(0, b);
    let lastStart = -1;
    for (const m of window.matchAll(BLOCK_START)) lastStart = m.index ?? -1;
    if (lastStart >= 0 && !/-----END[ A-Z0-9]*-----/.test(window.slice(lastStart)) && b - lastStart < this.hold) b = lastStart;
    return b;
  }

  private flushTo(boundary: number): string {
    if (boundary <= 0) return '';
    const window = this.ctx + this.buf;
    const offset = this.ctx.length;
    const found = this.scanner.spans(window);
    let b = boundary;
    for (const s of found) if (s.start - offset < b && s.end - offset > b) b = Math.max(0, s.start - offset);
    if (b <= 0) return '';
    const emit: SecretSpan[] = [];
    for (const s of found) {
      const start = Math.max(s.start - offset, 0);
      const end = s.end - offset;
      if (end <= 0 || start >= b) continue; // already emitted, or held back
      emit.push({ ...s, start, end: Math.min(end, b) });
    }
    const out = this.buf.slice(0, b);
    const redacted = this.scanner.replace(out, emit, (e) => {
      if (e.line === 1) e.column += this.ctxCol;
      e.line += this.ctxLine - 1;
    });
    this.advance(out);
    return redacted;
  }

  /** Moves `out` from the buffer into the left context, trimming context to `hold` chars. */
  private advance(out: string): void {
    this.buf = this.buf.slice(out.length);
    const ctx = this.ctx + out;
    const drop = Math.max(0, ctx.length - this.hold);
    const dropped = ctx.slice(0, drop);
    for (let i = dropped.indexOf('\n'); i !== -1; i = dropped.indexOf('\n', i + 1)) {
      this.ctxLine++;
      this.ctxCol = -(i + 1);
    }
    this.ctxCol += dropped.length;
    this.ctx = ctx.slice(drop);
  }
}

/** Redacts an async stream of chunks (strings or UTF-8 bytes), yielding redacted text. */
export async function* redactStream(
  source: AsyncIterable<string | Uint8Array>,
  opts: StreamRedactOptions = {},
): AsyncGenerator<string> {
  const redactor = new StreamRedactor(await createScanner(opts), opts);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk));
    const out = redactor.push(text);
    if (out) yield out;
  }
  const out = redactor.push(decoder.end()) + redactor.end();
  if (out) yield out;
}

/** A Transform stream that redacts what flows through it (bytes or strings in, UTF-8 out). */
export function createRedactor(opts: StreamRedactOptions = {}): Transform {
  const ready = createScanner(opts).then((s) => new StreamRedactor(s, opts));
  const decoder = new StringDecoder('utf8');
  return new Transform({
    transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback) {
      ready.then(
        (r) => done(null, r.push(typeof chunk === 'string' ? chunk : decoder.write(chunk)) || undefined),
        (err: unknown) => done(err as Error),
      );
    },
    flush(done: TransformCallback) {
      ready.then(
        (r) => done(null, r.push(decoder.end()) + r.end() || undefined),
        (err: unknown) => done(err as Error),
      );
    },
  });
}
