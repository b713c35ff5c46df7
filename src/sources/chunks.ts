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

export const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;
export const DEFAULT_CHUNK_OVERLAP = 64 * 1024;

export async function* chunkByteStream(input: AsyncIterable<Buffer | Uint8Array>, opts: ChunkOptions): AsyncGenerator<TextChunk> {
  const { chunkSize, overlap } = opts;
  if (!(overlap * 2 < chunkSize)) throw new Error('chunk overlap must be less than half the chunk size');
  let pending: Buffer = Buffer.alloc(0);
  let line = 1;
  let column = 1;
  let first = true;
  const it = input[Symbol.asyncIterator]();
  let done = false;

  for (;;) {
    while (!done && pending.length < chunkSize) {
      const r = await it.next();
      if (r.done) done = true;
      else pending = pending.length === 0 ? Buffer.from(r.value) : Buffer.concat([pending, r.value]);
    }
    const isLast = done && pending.length <= chunkSize;
    const end = isLast ? pending.length : charBoundary(pending, Math.min(chunkSize, pending.length));
    let text = pending.subarray(0, end).toString('utf8');
    if (first && text.charCodeAt(0) === 0xfeff) {
      text = text.slice(1); // UTF-8 byte order mark is not content
    }
    first = false;
    if (text.length > 0 || line === 1) yield { text, startLine: line, startColumn: column };
    if (isLast) return;

    const next = nextChunkStart(pending, end, overlap);
    const skipped = pending.subarray(0, next);
    const newlines = countNewlines(skipped);
    if (newlines > 0) {
      line += newlines;
      column = 1 + skipped.subarray(skipped.lastIndexOf(0x0a) + 1).toString('utf8').length;
    } else {
      column += utf16Length(skipped, line === 1 && column === 1);
    }
    pending = pending.subarray(next);
  }
}

/** Where the next chunk starts: the first line start in the overlap window, else a char boundary. */
function nextChunkStart(buf: Buffer, end: number, overlap: number): number {
  const windowStart = Math.max(1, end - overlap);
  const nl = buf.indexOf(0x0a, windowStart);
  if (nl >= 0 && nl + 1 < end) return nl + 1;
  const at = charBoundary(buf, windowStart);
  return at > 0 ? at : end;
}

/** Moves `i` back so it does not split a UTF-8 sequence. */
function charBoundary(buf: Buffer, i: number): number {
  let j = i;
  while (j > 0 && j > i - 4 && j < buf.length && (buf[j] & 0xc0) === 0x80) j--;
  return j;
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}

function utf16Length(buf: Buffer, atFileStart: boolean): number {
  const s = buf.toString('utf8');
  return atFileStart && s.charCodeAt(0) === 0xfeff ? s.length - 1 : s.length;
}
