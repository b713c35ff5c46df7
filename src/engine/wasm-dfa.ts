/**
 * The keyword automaton's hot loop in WebAssembly, for ASCII text. The module is assembled here
 * from a few dozen instructions (no build step, no binary in the repository) and compiled on
 * first use. Three functions:
 *
 * - `streams` walks the text as STREAMS chunks at once, one automaton each. A walk does one table
 *   load per char and each load waits for the one before, so a single walk is bound by load
 *   latency; independent walks overlap theirs (about 1.3 GB/s against 0.45 for one walk).
 * - `runs` finds the candidate runs of the base64/hex decoders with SIMD, 16 chars per step: a
 *   run of at least 16 chars ends in a 16-char block only at its first char outside the run class.
 * - `scan` does both in one char-by-char walk that can stop when its buffers fill and resume:
 *   for texts too short to repay the set-up of the two others, or too long for their buffers.
 *
 * Memory: [0, 128) each ASCII char's class times 4; [128, 256) 1 for run chars; [256, 272) the
 * state `scan` saves between calls (entry, length of the current run, events written, runs
 * written); [272, MARKS) the per-stream offsets and counts of `streams`; at MARKS whether `runs`
 * saw a '%' and a '\\'; at ACCEPT_FROM the first row of the states where keywords end; at
 * RUN_NIBBLES the run class as two 16-byte nibble tables; from TABLE the transition table, whose
 * entries are byte offsets of rows (classes * 4 bytes each); then the event and run buffers of
 * `scan`, then the text (followed by 16 zero bytes), then the buffers of `streams` and `runs`.
 * An event is (entry, end) for each char after which a keyword ends; a run is [start, end).
 */

import type { TokenRuns } from './prefilter.js';

/** The parts of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

const RUN_TABLE = 128;
const STATE = 256;
/** Per stream of `streams`: warm, start, end offsets in; events written out (see streamsBody). */
const PARAMS = 272;
/** Written by `runs`: nonzero when the text holds a '%', and a '\\'. */
const MARKS = 464;
/** Table rows from this byte offset are states where keywords end. */
const ACCEPT_FROM = 472;
const RUN_NIBBLES = 480;
const TABLE = 512;
/** Chunks `streams` walks at once: past 3-4 the loop is bound by instructions, not latency. */
const STREAMS = 4;
/** Texts `streams` and `runs` take: shorter ones do not repay their set-up; their buffers grow with the text. */
const STREAMS_MIN_CHARS = 4096;
const STREAMS_MAX_CHARS = 4 << 20;
/** Zero bytes after the text: they end its last run in `runs`, which reads whole 16-byte blocks. */
const TEXT_PAD = 16;
/** Events and runs written before the loop returns to JavaScript to drain them. */
const EVENT_CAP = 1 << 15;
const RUN_CAP = 1 << 15;
const PAGE = 65536;

export class WasmDfa {
  private readonly memory: WasmMemory;
  private readonly scanFn: (text: number, len: number, start: number, ev: number, evCap: number, run: number, runCap: number, min: number) => number;
  private readonly streamsFn: (text: number, ev: number, evStride: number, n: number) => void;
  private readonly runsFn: (text: number, len: number, min: number, out: number) => number;
  private readonly events: number;
  private readonly runs: number;
  private readonly textStart: number;
  private readonly encoder = new TextEncoder();
  private bytes: Uint8Array;
  private words: Int32Array;
  /** The run table now in memory is for these chars (null: none). */
  private runCharsLoaded: Uint8Array | null | undefined;

  /** null when WebAssembly is not available here. */
  static create(classOf: Uint8Array, next: Int32Array, classes: number, longestKeyword: number): WasmDfa | null {
    // Classes are stored times 4 in a byte.
    if (classes > 64) return null;
    try {
      return new WasmDfa(classOf, next, classes, longestKeyword);
    } catch {
      return null;
    }
  }

  private constructor(
    private readonly classOf: Uint8Array,
    next: Int32Array,
    classes: number,
    private readonly longestKeyword: number,
  ) {
    this.events = TABLE + next.length * 4;
    this.runs = this.events + EVENT_CAP * 8;
    this.textStart = this.runs + RUN_CAP * 8;
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const instance = new wasm.Instance(new wasm.Module(moduleBytes()), {});
    this.memory = instance.exports.memory as WasmMemory;
    this.scanFn = instance.exports.scan as WasmDfa['scanFn'];
    this.streamsFn = instance.exports.streams as WasmDfa['streamsFn'];
    this.runsFn = instance.exports.runs as WasmDfa['runsFn'];
    if (!this.ensure(this.textStart)) throw new RangeError('no memory for the keyword table');
    this.bytes = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    // KeywordPrefilter's entries are (state * classes) << 1 | flag. Here an entry is its row's
    // byte offset, and the states where keywords end have the last rows: the loops test one
    // compare with ACCEPT_FROM instead of masking the flag off before every load.
    const states = next.length / classes;
    const ends = new Uint8Array(states);
    for (let k = 0; k < next.length; k++) ends[(next[k] >> 1) / classes] = next[k] & 1;
    const order: number[] = [];
    for (const flag of [0, 1]) for (let st = 0; st < states; st++) if (ends[st] === flag) order.push(st);
    const rowOf = new Int32Array(states);
    order.forEach((st, i) => (rowOf[st] = i * classes * 4));
    for (let st = 0; st < states; st++) {
      for (let c = 0; c < classes; c++) this.words[(TABLE + rowOf[st]) / 4 + c] = rowOf[(next[st * classes + c] >> 1) / classes];
    }
    const firstEnding = order.findIndex((st) => ends[st] === 1);
    this.words[ACCEPT_FROM / 4] = firstEnding < 0 ? 0x7fffffff : firstEnding * classes * 4;
    this.stateOfRow = (row) => ((order[row / (classes * 4)] * classes) << 1) | 1;
  }

  /** KeywordPrefilter's entry for the state at a row (byte offset) of this table, where keywords end. */
  private readonly stateOfRow: (row: number) => number;

  /**
   * Scans `text` when it is all ASCII and fits in memory (else returns false and does nothing):
   * onEvent(entry, end) for every char after which a keyword ends, and with `runChars`, the runs
   * of at least `min` of them appended to `spans` as [start, end) pairs.
   */
  scan(text: string, runChars: Uint8Array | null, min: number, runs: TokenRuns | null, onEvent: (entry: number, end: number) => void): boolean {
    const len = text.length;
    const view = this.textView(len);
    if (view === null) return false;
    const { read, written } = this.encoder.encodeInto(text, view);
    if (read !== len || written !== len) return false;
    return this.scanBytes(len, runChars, min, runs, onEvent);
  }

  /**
   * Where `len` bytes of text go for scanBytes() (null when memory cannot grow), so a reader can
   * put a file's bytes there itself with no string in between. Valid until the next call.
   */
  textView(len: number): Uint8Array | null {
    if (!this.ensure(this.textStart + len + TEXT_PAD)) return null;
    return this.bytes.subarray(this.textStart, this.textStart + len);
  }

  /** As scan(), on the `len` bytes last put in textView(len), which must all be ASCII. */
  scanBytes(len: number, runChars: Uint8Array | null, min: number, runs: TokenRuns | null, onEvent: (entry: number, end: number) => void): boolean {
    const spans = runs?.spans ?? null;
    this.loadClasses(runChars);
    const runMin = runChars === null ? 0x7fffffff : min;
    // `runs` sees a run only at a block's first char outside it, so it needs runs of at least a block.
    if (len >= STREAMS_MIN_CHARS && len <= STREAMS_MAX_CHARS && runMin >= 16 && this.scanStreams(len, runChars !== null ? runMin : 0, runs, onEvent)) return true;
    const words = this.words;
    words[STATE / 4] = 0;
    words[STATE / 4 + 1] = 0;
    let pos = 0;
    do {
      pos = this.scanFn(this.textStart, len, pos, this.events, EVENT_CAP, this.runs, RUN_CAP, runMin);
      const eventCount = words[STATE / 4 + 2];
      // Back to KeywordPrefilter's entry format (see the constructor).
      for (let k = 0, at = this.events / 4; k < eventCount; k++, at += 2) onEvent(this.stateOfRow(words[at]), words[at + 1]);
      const runCount = words[STATE / 4 + 3];
      if (spans !== null) for (let k = 0, at = this.runs / 4; k < runCount; k++, at += 2) spans.push(words[at], words[at + 1]);
    } while (pos < len);
    const runLen = words[STATE / 4 + 1];
    if (spans !== null && runLen >= runMin) spans.push(len - runLen, len);
    return true;
  }

  /**
   * The text already in memory: events from `streams`, then runs from `runs` (min 0: none).
   * Chunk j is read from `longestKeyword` chars before its start, so its automaton is in the
   * state a whole-text walk has there (a state stands for at most that many chars); events come
   * out in order of their end, chunk after chunk.
   */
  private scanStreams(len: number, min: number, runs: TokenRuns | null, onEvent: (entry: number, end: number) => void): boolean {
    const at = this.textStart;
    const chunk = Math.ceil(len / STREAMS);
    // One event per char at most (a keyword can end after each).
    const stride = (chunk + 1) * 8;
    const ev = (at + len + TEXT_PAD + 7) & ~7;
    const out = ev + STREAMS * stride;
    if (!this.ensure(out + (Math.floor(len / 17) + 2) * 8)) return false;
    const words = this.words;
    const bytes = this.bytes;
    bytes.fill(0, at + len, at + len + TEXT_PAD);
    for (let j = 0; j < STREAMS; j++) {
      const start = Math.min(len, j * chunk);
      const w = PARAMS / 4 + 4 * j;
      words[w] = Math.max(0, start - this.longestKeyword);
      words[w + 1] = start;
      words[w + 2] = Math.min(len, start + chunk);
    }
    // Every chunk but the last is `chunk` long, so they go in lock step for the last one's length.
    this.streamsFn(at, ev, stride, len - Math.min(len, (STREAMS - 1) * chunk));
    for (let j = 0; j < STREAMS; j++) {
      const eventCount = words[PARAMS / 4 + 4 * j];
      for (let k = 0, e = (ev + j * stride) / 4; k < eventCount; k++, e += 2) onEvent(this.stateOfRow(words[e]), words[e + 1]);
    }
    if (min > 0 && runs !== null) {
      const runCount = this.runsFn(at, len, min, out);
      for (let k = 0, e = out / 4; k < runCount; k++, e += 2) runs.spans.push(words[e], words[e + 1]);
      runs.percent = words[MARKS / 4] !== 0;
      runs.backslash = words[MARKS / 4 + 1] !== 0;
    }
    return true;
  }

  private loadClasses(runChars: Uint8Array | null): void {
    if (this.runCharsLoaded === runChars) return;
    this.bytes.fill(0, RUN_NIBBLES, RUN_NIBBLES + 32);
    for (let c = 0; c < 128; c++) {
      this.bytes[c] = this.classOf[c] * 4;
      const run = runChars !== null && runChars[c] === 1;
      this.bytes[RUN_TABLE + c] = run ? 1 : 0;
      // Nibble tables: bit h of low[l] says char 16h + l is a run char; high[h] is bit h (0 past ASCII).
      if (run) this.bytes[RUN_NIBBLES + (c & 15)] |= 1 << (c >> 4);
    }
    for (let h = 0; h < 8; h++) this.bytes[RUN_NIBBLES + 16 + h] = 1 << h;
    this.runCharsLoaded = runChars;
  }

  /** Grows the memory to hold `bytes`; false when it cannot (the caller scans in JavaScript). */
  private ensure(bytes: number): boolean {
    const have = this.memory.buffer.byteLength;
    if (bytes <= have) return true;
    try {
      this.memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return false;
    }
    this.bytes = new Uint8Array(this.memory.buffer);
    this.words = new Int32Array(this.memory.buffer);
    return true;
  }
}

// ---- the module, assembled ----

/** Unsigned/signed LEB128, as wasm encodes integers. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

const I32 = 0x7f;
const op = {
  block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, brIf: 0x0d, select: 0x1b,
  get: 0x20, set: 0x21, tee: 0x22, load: 0x28, load8u: 0x2d, store: 0x36, const: 0x41,
  eqz: 0x45, ltU: 0x49, gtU: 0x4b, gtS: 0x4a, geS: 0x4e, geU: 0x4f, add: 0x6a, sub: 0x6b, mul: 0x6c, and: 0x71, shl: 0x74, shrU: 0x76,
};
const VOID = 0x40;
const V128 = 0x7b;
/** SIMD instructions (after the 0xfd prefix). */
const simd = { load: 0x00, const: 0x0c, swizzle: 0x0e, splat: 0x0f, eq: 0x23, and: 0x4e, or: 0x50, bitmask: 0x64, shrU: 0x6d };
const i32ops = { clz: 0x67, ctz: 0x68 };

/** Instruction helpers the function bodies share. */
const get = (l: number) => [op.get, l];
const set = (l: number) => [op.set, l];
const tee = (l: number) => [op.tee, l];
const k = (n: number) => [op.const, ...sleb(n)];
const load = (offset: number) => [op.load, 2, ...uleb(offset)];
const load8 = (offset: number) => [op.load8u, 0, ...uleb(offset)];
const store = (offset: number) => [op.store, 2, ...uleb(offset)];
/** while (cursor < limit) body */
const whileBelow = (cursor: number, limit: number, body: number[]) => [op.block, VOID, op.loop, VOID, ...get(cursor), ...get(limit), op.geU, op.brIf, 1, ...body, op.br, 0, op.end, op.end];
/** A function body: its locals (vec of [count, type]), its code and the closing `end`. */
const funcBody = (locals: number[][], code: number[]) => {
  const body = [...vec(locals), ...code, op.end];
  return [...uleb(body.length), ...body];
};

/** scan(text, len, start, ev, evCap, run, runCap, min) -> position reached; see the file comment. */
function scanBody(): number[] {
  // Params 0-7 as in the signature; locals 8 p, 9 end, 10 entry, 11 runLen, 12 c, 13 x, 14 r,
  // 15 events, 16 runs, 17 acceptFrom. p walks the text; a full buffer pulls `end` in to stop
  // after this char.
  const [text, len, start, ev, evCap, run, runCap, min, p, end, entry, runLen, c, x, r, evN, runN, acceptFrom] = Array.from({ length: 18 }, (_, i) => i);
  const pairAt = (base: number, n: number) => [...get(base), ...get(n), ...k(3), op.shl, op.add];
  const offsetOfP = [...get(p), ...get(text), op.sub];
  const code = [
    ...get(text), ...get(start), op.add, ...set(p),
    ...get(text), ...get(len), op.add, ...set(end),
    ...k(0), ...load(STATE), ...set(entry),
    ...k(0), ...load(STATE + 4), ...set(runLen),
    ...k(0), ...load(ACCEPT_FROM), ...set(acceptFrom),
    op.block, VOID,
    ...get(p), ...get(end), op.geU, op.brIf, 0,
    op.loop, VOID,
    // c = text[p]; x = class(c) * 4; r = 1 for a run char
    ...get(p), ...load8(0), ...tee(c), ...load8(0), ...set(x),
    ...get(c), ...load8(RUN_TABLE), ...set(r),
    // a run of at least `min` ends at this char: record [offset - runLen, offset)
    ...get(r), op.eqz, ...get(runLen), ...get(min), op.geS, op.and,
    op.if, VOID,
    ...pairAt(run, runN), ...offsetOfP, ...get(runLen), op.sub, ...store(0),
    ...pairAt(run, runN), ...offsetOfP, ...store(4),
    ...get(runN), ...k(1), op.add, ...tee(runN), ...get(runCap), op.geS,
    op.if, VOID, ...get(p), ...k(1), op.add, ...set(end), op.end,
    op.end,
    // runLen = r ? runLen + 1 : 0
    ...get(runLen), ...k(1), op.add, ...k(0), ...get(r), op.sub, op.and, ...set(runLen),
    // entry = table[row of entry + class]
    ...get(entry), ...get(x), op.add, ...load(TABLE), ...tee(entry),
    ...get(p), ...k(1), op.add, ...set(p),
    // a keyword ends after this char: event (entry, offset after it)
    ...get(acceptFrom), op.geU,
    op.if, VOID,
    ...pairAt(ev, evN), ...get(entry), ...store(0),
    ...pairAt(ev, evN), ...offsetOfP, ...store(4),
    ...get(evN), ...k(1), op.add, ...tee(evN), ...get(evCap), op.geS,
    op.if, VOID, ...get(p), ...set(end), op.end,
    op.end,
    ...get(p), ...get(end), op.ltU, op.brIf, 0,
    op.end,
    op.end,
    ...k(0), ...get(entry), ...store(STATE),
    ...k(0), ...get(runLen), ...store(STATE + 4),
    ...k(0), ...get(evN), ...store(STATE + 8),
    ...k(0), ...get(runN), ...store(STATE + 12),
    ...offsetOfP,
  ];
  return funcBody([[...uleb(10), I32]], code);
}

/**
 * streams(text, ev, evStride, n): per stream j, the block at PARAMS + 16j holds the offsets warm,
 * start, end; its automaton reads [warm, start) without recording (to reach the state a
 * whole-text walk has at start), then [start, end) recording events from ev + j * evStride. The
 * first `n` chars of every chunk go in lock step, then each chunk's rest alone. Written back at
 * PARAMS + 16j: the events recorded.
 */
function streamsBody(): number[] {
  const [text, ev, evStride, n] = [0, 1, 2, 3];
  const p = (j: number) => 4 + 3 * j;
  const entry = (j: number) => 5 + 3 * j;
  const evP = (j: number) => 6 + 3 * j;
  const [x, i, limit, acceptFrom] = [4 + 3 * STREAMS, 5 + 3 * STREAMS, 6 + 3 * STREAMS, 7 + 3 * STREAMS];
  const param = (j: number, field: number) => [...k(0), ...load(PARAMS + 16 * j + 4 * field)];
  const classOfP = (j: number) => [...get(p(j)), ...load8(0), ...load8(0), ...set(x)];
  const transition = (j: number) => [...get(entry(j)), ...get(x), op.add, ...load(TABLE)];
  const advance = (j: number) => [...get(p(j)), ...k(1), op.add, ...set(p(j))];
  const step = (j: number) => [
    ...classOfP(j), ...transition(j), ...tee(entry(j)), ...advance(j),
    ...get(acceptFrom), op.geU,
    op.if, VOID,
    ...get(evP(j)), ...get(entry(j)), ...store(0),
    ...get(evP(j)), ...get(p(j)), ...get(text), op.sub, ...store(4),
    ...get(evP(j)), ...k(8), op.add, ...set(evP(j)),
    op.end,
  ];
  const streams = Array.from({ length: STREAMS }, (_, j) => j);
  return funcBody([[...uleb(3 * STREAMS + 4), I32]], [
    ...k(0), ...load(ACCEPT_FROM), ...set(acceptFrom),
    ...streams.flatMap((j) => [
      ...get(text), ...param(j, 0), op.add, ...set(p(j)),
      ...get(text), ...param(j, 1), op.add, ...set(limit),
      ...whileBelow(p(j), limit, [...classOfP(j), ...transition(j), ...set(entry(j)), ...advance(j)]),
      ...get(ev), ...get(evStride), ...k(j), op.mul, op.add, ...set(evP(j)),
    ]),
    ...get(n), ...set(limit),
    ...whileBelow(i, limit, [...streams.flatMap(step), ...get(i), ...k(1), op.add, ...set(i)]),
    ...streams.flatMap((j) => [
      ...get(text), ...param(j, 2), op.add, ...set(limit),
      ...whileBelow(p(j), limit, step(j)),
      ...k(0), ...get(evP(j)), ...get(ev), op.sub, ...get(evStride), ...k(j), op.mul, op.sub, ...k(3), op.shrU, ...store(PARAMS + 16 * j),
    ]),
  ]);
}

/**
 * runs(text, len, min, out) -> runs written: the maximal runs of at least `min` (>= 16) run chars
 * as [start, end) pairs from `out`; at MARKS, whether the text holds a '%' and a '\\' (the
 * percent and escape decoders' first chars). Per 16-byte block, a mask of the chars outside the run class
 * (two nibble-table lookups); a run long enough ends only at the block's first such char, and the
 * chars after its last one start the next run. The 16 zero bytes after the text end the last run.
 */
function runsBody(): number[] {
  const [text, len, min, out, p, limit, runLen, m, first, outP] = Array.from({ length: 10 }, (_, i) => i);
  const [lowTable, highTable, zero, block, percents, backslashes] = [10, 11, 12, 13, 14, 15];
  const v = (...ops: number[]) => ops.flatMap((o) => [0xfd, ...uleb(o)]);
  const vload = (offset: number) => [...v(simd.load), 4, ...uleb(offset)];
  const offsetOfP = [...get(p), ...get(text), op.sub];
  const isChar = (code: number) => [...get(block), ...k(code), ...v(simd.splat), ...v(simd.eq)];
  return funcBody([[...uleb(6), I32], [...uleb(6), V128]], [
    ...get(text), ...set(p), ...get(out), ...set(outP),
    ...get(text), ...get(len), op.add, ...k(1), op.add, ...set(limit),
    ...k(0), ...vload(RUN_NIBBLES), ...set(lowTable),
    ...k(0), ...vload(RUN_NIBBLES + 16), ...set(highTable),
    ...whileBelow(p, limit, [
      // m = bit per char of this block outside the run class
      ...get(p), ...vload(0), ...set(block),
      ...get(percents), ...isChar(37), ...v(simd.or), ...set(percents),
      ...get(backslashes), ...isChar(92), ...v(simd.or), ...set(backslashes),
      ...get(lowTable), ...get(block), ...k(15), ...v(simd.splat), ...v(simd.and), ...v(simd.swizzle),
      ...get(highTable), ...get(block), ...k(4), ...v(simd.shrU), ...v(simd.swizzle),
      ...v(simd.and), ...get(zero), ...v(simd.eq), ...v(simd.bitmask), ...tee(m),
      op.eqz,
      op.if, VOID,
      ...get(runLen), ...k(16), op.add, ...set(runLen),
      op.else,
      ...get(m), ...[i32ops.ctz], ...set(first),
      ...get(runLen), ...get(first), op.add, ...get(min), op.geS,
      op.if, VOID,
      ...get(outP), ...offsetOfP, ...get(runLen), op.sub, ...store(0),
      ...get(outP), ...offsetOfP, ...get(first), op.add, ...store(4),
      ...get(outP), ...k(8), op.add, ...set(outP),
      op.end,
      ...get(m), ...[i32ops.clz], ...k(16), op.sub, ...set(runLen),
      op.end,
      ...get(p), ...k(16), op.add, ...set(p),
    ]),
    ...k(0), ...get(percents), ...v(simd.bitmask), ...store(MARKS),
    ...k(0), ...get(backslashes), ...v(simd.bitmask), ...store(MARKS + 4),
    ...get(outP), ...get(out), op.sub, ...k(3), op.shrU,
  ]);
}

function moduleBytes(): Uint8Array {
  const i32s = (n: number) => vec(new Array(n).fill([I32]));
  const types = [
    [0x60, ...i32s(8), ...i32s(1)],
    [0x60, ...i32s(4), ...vec([])],
    [0x60, ...i32s(4), ...i32s(1)],
  ];
  const exports = ['scan', 'streams', 'runs'].map((n, i) => [...name(n), 0x00, i]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(types)),
    ...section(3, vec([[0], [1], [2]])),
    ...section(5, vec([[0x00, ...uleb(1)]])),
    ...section(7, vec([...exports, [...name('memory'), 0x02, 0]])),
    ...section(10, vec([scanBody(), streamsBody(), runsBody()])),
  ]);
}
