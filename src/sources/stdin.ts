/** Standard input (`-`) as fragments, chunked like large files so memory stays bounded. */
import type { Fragment } from '../model/fragment.js';
import type { Source } from '../model/contracts.js';
import { chunkByteStream, DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE } from './chunks.js';
import type { SourceStats } from './files.js';

export interface StreamSourceOptions {
  /** Any readable byte stream; the CLI passes process.stdin. */
  input: AsyncIterable<Buffer | Uint8Array>;
  /** Path shown in findings. Default '-'. */
  path?: string;
  chunkSize?: number;
  chunkOverlap?: number;
}

export class StreamSource implements Source {
  readonly stats: SourceStats = { files: 0, bytes: 0, skipped: 0 };
  constructor(private readonly opts: StreamSourceOptions) {}

  async *fragments(): AsyncGenerator<Fragment> {
    const stats = this.stats;
    stats.files = 1;
    const input = this.opts.input;
    async function* counted() {
      for await (const b of input) {
        stats.bytes += b.length;
        yield b;
      }
    }
    const chunks = chunkByteStream(counted(), {
      chunkSize: this.opts.chunkSize ?? DEFAULT_CHUNK_SIZE,
      overlap: this.opts.chunkOverlap ?? DEFAULT_CHUNK_OVERLAP,
    });
    for await (const c of chunks) {
      const frag: Fragment = { text: c.text, path: this.opts.path ?? '-', startLine: c.startLine };
      if (c.startColumn !== 1) frag.startColumn = c.startColumn;
      yield frag;
    }
  }
}
