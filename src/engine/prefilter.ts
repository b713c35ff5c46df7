/**
 * Keyword prefilter: one Aho-Corasick pass over the fragment (ASCII case-folded on the fly, no
 * lower-cased copy) tells which keywords occur, hence which rules need to run. Cost does not
 * grow with the number of rules. Rules without keywords always run.
 */
import { WasmDfa } from './wasm-dfa.js';

const ALPHABET = 128;
/** A table cell not computed yet (see KeywordPrefilter.step). */
const UNSET = -1;
/** Texts from this long are scanned by the WebAssembly loop when they are ASCII (shorter: its set-up costs more). */
const WASM_MIN_CHARS = 512;
/** ...and once this much text went through this automaton (a git hook's few kilobytes stay in JavaScript). */
const WASM_AFTER_CHARS = 1 << 20;

/**
 * Maximal runs of `chars` (a 128-entry class table) at least `min` long, found during the keyword
 * pass so the decoders need not read the text again: flat [start, end) pairs in `spans`.
 * `complete` is set when the pass could collect them (not when the text had to be lower-cased).
 */
export interface TokenRuns {
  chars: Uint8Array;
  min: number;
  spans: number[];
  complete: boolean;
  /**
   * Whether the text holds a '%' and a '\\', when the pass could tell (the WebAssembly one does):
   * without them the percent and escape decoders have nothing to find.
   */
  percent?: boolean;
  backslash?: boolean;
}

export class KeywordPrefilter {
  /**
   * Transition table, dense over char classes: row offset + class → the target's entry. An entry
   * is the target's row offset (state * classes) shifted left once, with bit 0 set when keywords
   * end there, so the hot loop does one load per char and tests one bit. Chars that occur in no
   * keyword share class 0, so the table is states × ~50 instead of × 128 (it stays in cache).
   * Cells are computed on first use (UNSET until then).
   */
  private readonly next: Int32Array;
  /** Char class of each (folded) ASCII code. */
  private readonly classOf: Uint8Array;
  /** The keyword trie: per (state, class) cell the child state, or UNSET. */
  private readonly trie: Int32Array;
  /** Per state: its trie parent and the class of the edge into it, and the keyword ids ending exactly there. */
  private readonly parent: number[];
  private readonly inClass: number[];
  private readonly own: number[][];
  /** Per state, computed on first use: failure link (UNSET until then) and outputs (undefined until then). */
  private readonly failOf: Int32Array;
  private readonly outputsOf: (number[] | null | undefined)[];
  private readonly classes: number;
  private readonly keywordCount: number;
  /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
  readonly needsFullLowercase: boolean;
  /** The same automaton in WebAssembly for ASCII texts (null: unavailable; undefined: not built yet). */
  private wasm: WasmDfa | null | undefined;
  /** Chars scanned so far: the WebAssembly module is built only once a run has scanned enough to repay it. */
  private scannedChars = 0;
  private readonly wasmAfter: number;

  /**
   * `wasmAfter`: chars to scan in JavaScript before the WebAssembly loop takes over (Infinity:
   * never; tests compare the two).
   */
  constructor(
    readonly keywords: readonly string[],
    { wasmAfter = WASM_AFTER_CHARS }: { wasmAfter?: number } = {},
  ) {
    this.wasmAfter = wasmAfter;
    this.keywordCount = keywords.length;
    this.needsFullLowercase = keywords.some((k) => /[^\x00-\x7f]/.test(k));
    // Classes: one per folded char some keyword uses, upper case as lower case; 0 for the rest.
    const classOf = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const kw of keywords) {
      for (let i = 0; i < kw.length; i++) {
        const c = foldChar(kw.charCodeAt(i));
        if (classOf[c] === 0) classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32];
    this.classOf = classOf;
    this.classes = classes;
    // The trie: a cell holds its child's state number (UNSET: none). At most one state per
    // keyword char; cut to the states used.
    let total = 1;
    for (const kw of keywords) total += kw.length;
    const trie = new Int32Array(total * classes).fill(UNSET);
    const parent: number[] = [0];
    const inClass: number[] = [0];
    const own: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let st = 0;
      for (let i = 0; i < kw.length; i++) {
        const k = classOf[foldChar(kw.charCodeAt(i))];
        let t = trie[st * classes + k];
        if (t === UNSET) {
          t = own.length;
          own.push([]);
          parent.push(st);
          inClass.push(k);
          trie[st * classes + k] = t;
        }
        st = t;
      }
      own[st].push(id);
    });
    const states = own.length;
    this.trie = trie.slice(0, states * classes);
    this.parent = parent;
    this.inClass = inClass;
    this.own = own;
    // Failure links, outputs and table cells are all computed on first use (a lazy DFA): done for
    // every state up front, in code that has not warmed up yet, they cost 5-10 ms of every git
    // hook, which visits few states.
    this.failOf = new Int32Array(states).fill(UNSET);
    this.outputsOf = new Array(states);
    this.next = new Int32Array(states * classes).fill(UNSET);
  }

  /** Failure link of state `t`: the longest proper suffix of its keyword prefix that is a trie state. */
  private failState(t: number): number {
    let f = this.failOf[t];
    if (f !== UNSET) return f;
    const p = this.parent[t];
    if (t === 0 || p === 0) f = 0;
    else {
      const k = this.inClass[t];
      let st = this.failState(p);
      for (;;) {
        const c = this.trie[st * this.classes + k];
        if (c !== UNSET) {
          f = c;
          break;
        }
        if (st === 0) {
          f = 0;
          break;
        }
        st = this.failState(st);
      }
    }
    this.failOf[t] = f;
    return f;
  }

  /** Keyword ids that end in state `t` (its own and its failure chain's), or null. */
  private outputs(t: number): number[] | null {
    let out = this.outputsOf[t];
    if (out !== undefined) return out;
    const fromFail = t === 0 ? null : this.outputs(this.failState(t));
    const merged = fromFail === null ? this.own[t] : [...this.own[t], ...fromFail];
    out = merged.length ? merged : null;
    this.outputsOf[t] = out;
    return out;
  }

  private entryOf(state: number): number {
    return ((state * this.classes) << 1) | (this.outputs(state) !== null ? 1 : 0);
  }

  /** The entry for row offset `row` (state * classes) and class `k`, computed through the failure link and kept. */
  private step(row: number, k: number): number {
    const cell = row + k;
    let e = this.next[cell];
    if (e === UNSET) {
      const child = this.trie[cell];
      if (child !== UNSET) e = this.entryOf(child);
      else if (row === 0) e = this.entryOf(0);
      else e = this.step(this.failState(row / this.classes) * this.classes, k);
      this.next[cell] = e;
    }
    return e;
  }

  /** Every cell computed (the WebAssembly loop reads the table without a fallback). */
  private completeTable(): Int32Array {
    const next = this.next;
    for (let cell = 0; cell < next.length; cell++) if (next[cell] === UNSET) this.step(cell - (cell % this.classes), cell % this.classes);
    return next;
  }

  /**
   * The keywords ending where the automaton reached `entry` (end offset `end`): marks them found
   * (listing new ones in `ids`), keeps the occurrences `positional` asks for in `hits`. Returns
   * how many were newly found.
   */
  private keywordsEnd(entry: number, end: number, found: Uint8Array, ids: number[] | null, positional: Uint8Array | null, hits: number[] | null): number {
    const out = this.outputs((entry >> 1) / this.classes)!;
    let fresh = 0;
    for (let j = 0; j < out.length; j++) {
      const id = out[j];
      if (positional !== null && positional[id] === 1) hits!.push(id, end);
      if (found[id] === 0) {
        found[id] = 1;
        if (ids !== null) ids.push(id);
        fresh++;
      }
    }
    return fresh;
  }

  /** Class of char code `c` (any code: non-ASCII is folded first). */
  private classOfCode(c: number): number {
    return this.classOf[c < ALPHABET ? c : foldChar(c)];
  }

  /**
   * The automaton as scanInto walks it, one char at a time, for the build-time analysis of rules
   * (scripts/lib/keyword-window.ts): the state after reading char code `code` in `state` (0 is
   * the start), and whether a keyword ends in a state.
   */
  transition(state: number, code: number): number {
    return (this.step(state * this.classes, this.classOfCode(code)) >> 1) / this.classes;
  }

  endsKeyword(state: number): boolean {
    return this.outputs(state) !== null;
  }

  /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
  /**
   * This automaton's WebAssembly loop, built on first use; null where WebAssembly is missing or
   * when keywords need a full lower-casing first (the loop reads ASCII as is).
   */
  wasmLoop(): WasmDfa | null {
    if (this.needsFullLowercase) return null;
    if (this.wasm === undefined) this.wasm = WasmDfa.create(this.classOf, this.completeTable(), this.classes, Math.max(...this.keywords.map((k) => k.length)));
    return this.wasm;
  }

  scan(text: string, found: Uint8Array): number {
    return this.scanInto(text, found, null);
  }

  /**
   * As scan(), and also appends each newly found keyword id to `ids` (when given), so a caller can
   * reset just those marks instead of clearing the whole array for every small decoded segment.
   * With `positional` and `hits`, every occurrence of a keyword whose `positional` mark is 1 is
   * appended to `hits` as the pair (keyword id, end offset) (not when the text had to be
   * lower-cased first: its offsets would not be the text's).
   */
  scanInto(text: string, found: Uint8Array, ids: number[] | null, positional: Uint8Array | null = null, hits: number[] | null = null, runs: TokenRuns | null = null): number {
    const n = this.keywordCount;
    if (n === 0) return 0;
    // Positions are offsets in `text`, so they are only kept when it is read as is.
    const record = positional !== null && hits !== null && !this.needsFullLowercase;
    const runChars = runs !== null && !this.needsFullLowercase ? runs.chars : null;
    this.scannedChars += text.length;
    const wasm = text.length >= WASM_MIN_CHARS && this.scannedChars > this.wasmAfter ? this.wasmLoop() : null;
    if (wasm !== null) {
      let count = 0;
      const onEvent = (entry: number, end: number): void => {
        count += this.keywordsEnd(entry, end, found, ids, record ? positional : null, hits);
      };
      if (wasm.scan(text, runChars, runs?.min ?? 0, runChars !== null ? runs! : null, onEvent)) {
        if (runChars !== null) runs!.complete = true;
        return count;
      }
    }
    const subject = this.needsFullLowercase ? text.toLowerCase() : text;
    const next = this.next;
    const classOf = this.classOf;
    const min = runs?.min ?? 0;
    let entry = 0;
    let count = 0;
    // The same pass finds the runs the base64/hex decoders try (see TokenRuns): `last` is the
    // last char that is not in a run. Updated without a branch on the char, since run and other
    // chars alternate every few chars in code and a mispredicted branch costs more than the math.
    let last = -1;
    const len = subject.length;
    for (let i = 0; i < len; i++) {
      const c = subject.charCodeAt(i);
      let x: number;
      if (c < ALPHABET) {
        x = classOf[c];
        if (runChars !== null) {
          const other = 1 - runChars[c];
          if ((i - last) * other > min) runs!.spans.push(last + 1, i);
          last += (i - last) * other;
        }
      } else {
        x = classOf[foldChar(c)];
        if (i - last > min && runChars !== null) runs!.spans.push(last + 1, i);
        last = i;
      }
      const row = entry >> 1;
      entry = next[row + x];
      if (entry === UNSET) entry = this.step(row, x);
      if ((entry & 1) !== 0) {
        count += this.keywordsEnd(entry, i + 1, found, ids, record ? positional : null, hits);
        if (count === n && !record && runChars === null) return count;
      }
    }
    if (runChars !== null) {
      if (len - last > min) runs!.spans.push(last + 1, len);
      runs!.complete = true;
    }
    return count;
  }
}

/**
 * ASCII lower case; U+017F (long s) and U+212A (Kelvin sign) read as s and k, as RE2's case
 * folding pairs them (so a `(?i)token` match always holds a keyword: see scripts/lib/keyword-window.ts);
 * every other non-ASCII char shares the last column (keywords are matched on ASCII).
 */
function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  if (c < ALPHABET) return c;
  return c === 0x17f ? 115 : c === 0x212a ? 107 : ALPHABET - 1;
}

/** Maps rules to keyword ids and answers "which rules must run on this text", and where. */
export class RulePrefilter {
  private readonly automaton: KeywordPrefilter;
  private readonly rulesByKeyword: number[][];
  private readonly alwaysRun: number[];
  /** Scratch state, all zero between calls: keyword marks, keyword ids found, rule marks. */
  private readonly found: Uint8Array;
  private readonly foundIds: number[] = [];
  private readonly selected: Uint8Array;
  /** Keywords of located rules, whose occurrences are kept; per located rule, its keywords. */
  private readonly positional: Uint8Array | null;
  private readonly ruleKeywordMarks: (Uint8Array | null)[];
  private readonly keywordLength: number[];
  /** Line starts of the last text starts() was asked about with lead 'line'. */
  private lineStarts: LineStarts | undefined;
  /** Occurrences (keyword id, end offset) of positional keywords in the last selected text. */
  private readonly hits: number[] = [];

  /** Per keyword id, 1 for the markers given to the constructor. */
  private readonly isMarker: Uint8Array;
  private markerSeen = false;

  /**
   * `located[r]`: rule r may run only around its keywords' occurrences (see windows() and
   * starts()); those keywords' positions are then kept while scanning. `markers`: strings that
   * select no rule, but whose presence (case-insensitive) in the text last given to select()
   * sawMarker() tells, for free since the same pass finds them.
   */
  constructor(ruleKeywords: readonly (readonly string[])[], located: readonly boolean[] = [], markers: readonly string[] = []) {
    const ids = new Map<string, number>();
    const rulesByKeyword: number[][] = [];
    const alwaysRun: number[] = [];
    const idsOfRule: number[][] = [];
    const idOf = (keyword: string): number => {
      const kw = keyword.toLowerCase();
      let id = ids.get(kw);
      if (id === undefined) {
        id = ids.size;
        ids.set(kw, id);
        rulesByKeyword.push([]);
      }
      return id;
    };
    ruleKeywords.forEach((kws, rule) => {
      idsOfRule[rule] = [];
      if (kws.length === 0) {
        alwaysRun.push(rule);
        return;
      }
      for (const kw of kws) {
        const id = idOf(kw);
        rulesByKeyword[id].push(rule);
        idsOfRule[rule].push(id);
      }
    });
    const markerIds = markers.map(idOf);
    this.isMarker = new Uint8Array(ids.size);
    for (const id of markerIds) this.isMarker[id] = 1;
    const keywords = [...ids.keys()];
    this.automaton = new KeywordPrefilter(keywords);
    this.rulesByKeyword = rulesByKeyword;
    this.alwaysRun = alwaysRun;
    this.found = new Uint8Array(ids.size);
    this.selected = new Uint8Array(ruleKeywords.length);
    this.keywordLength = keywords.map((k) => k.length);
    const anyLocated = located.some((w, r) => w && idsOfRule[r]?.length);
    this.positional = anyLocated && !this.automaton.needsFullLowercase ? new Uint8Array(ids.size) : null;
    this.ruleKeywordMarks = ruleKeywords.map((_, r) => {
      if (this.positional === null || !located[r] || idsOfRule[r].length === 0) return null;
      const marks = new Uint8Array(ids.size);
      for (const id of idsOfRule[r]) {
        marks[id] = 1;
        this.positional[id] = 1;
      }
      return marks;
    });
  }

  /** Indexes of rules to run on `text`, ascending; also collects `runs` when given (see TokenRuns). */
  select(text: string, runs: TokenRuns | null = null): number[] {
    const found = this.found;
    const ids = this.foundIds;
    ids.length = 0;
    this.hits.length = 0;
    this.automaton.scanInto(text, found, ids, this.positional, this.hits, runs);
    this.markerSeen = false;
    if (ids.length === 0) return this.alwaysRun.slice();
    const selected = this.selected;
    const out: number[] = [];
    for (const r of this.alwaysRun) {
      selected[r] = 1;
      out.push(r);
    }
    for (const k of ids) {
      found[k] = 0;
      if (this.isMarker[k] === 1) this.markerSeen = true;
      for (const r of this.rulesByKeyword[k]) {
        if (selected[r] === 0) {
          selected[r] = 1;
          out.push(r);
        }
      }
    }
    for (const r of out) selected[r] = 0;
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** Whether the text last given to select() holds one of the constructor's markers. */
  sawMarker(): boolean {
    return this.markerSeen;
  }

  /**
   * Where windowed rule `rule` must run in the text last given to select(): flat [start, end)
   * pairs, ascending and disjoint, each the whole lines holding [end - before, end + after]
   * around the end of an occurrence of one of the rule's keywords. null: the whole text (the rule
   * is not windowed, or positions were not kept).
   */
  windows(rule: number, text: string, [before, after]: readonly [number, number]): number[] | null {
    const marks = this.ruleKeywordMarks[rule];
    if (marks == null) return null;
    const hits = this.hits;
    const spans: number[] = [];
    for (let k = 0; k < hits.length; k += 2) {
      const id = hits[k];
      if (marks[id] !== 1) continue;
      const end = hits[k + 1];
      spans.push(Math.max(0, end - Math.max(before, this.keywordLength[id])), Math.min(text.length, end + after));
    }
    return lineWindows(text, spans);
  }

  /**
   * Where a match of rule `rule` can start in `text` (the text last given to select()), when every
   * match holds one of its keywords and starts at most `lead` units before the end of the first
   * one ('line': at the start of that keyword's line): flat [lo, hi] pairs (inclusive), ascending
   * and disjoint. An occurrence ending at e of a keyword of length L allows starts in
   * [e - lead, e - L], and with `leadChars` (see charTable) no earlier than just after the
   * last char before e - L that a match cannot read there ('line': none when a char between the
   * line's start and e - L is such a char); with `followChars`, none when the char at e (or the
   * text's end) cannot follow a first keyword. null: positions were not kept.
   */
  starts(rule: number, text: string, lead: number | 'line', leadChars: Uint8Array | null = null, followChars: Uint8Array | null = null): number[] | null {
    const marks = this.ruleKeywordMarks[rule];
    if (marks == null) return null;
    const hits = this.hits;
    const out: number[] = [];
    let lines: LineStarts | null = null;
    if (lead === 'line') {
      if (this.lineStarts?.text !== text) this.lineStarts = new LineStarts(text);
      lines = this.lineStarts;
    }
    // Hits come in order of their end, so lo = end - lead (or the line's start) is ascending: one
    // merging pass. Cutting at a char outside leadChars can break that order (rarely): a range
    // is then widened down, and the ranges are sorted and merged again at the end.
    let ordered = true;
    // For 'line' with leadChars: chars from the line start `lineLo` to `goodTo` are all lead
    // chars; `bad` is the first that is not (-1: none found yet). Each line is read once.
    let lineLo = -1;
    let goodTo = -1;
    let bad = -1;
    for (let k = 0; k < hits.length; k += 2) {
      const id = hits[k];
      if (marks[id] !== 1) continue;
      const end = hits[k + 1];
      if (followChars !== null && (end >= text.length || !inSet(followChars, text.charCodeAt(end)))) continue;
      let lo: number;
      let hi = end - this.keywordLength[id];
      if (lines !== null) {
        lo = lines.startOf(hi);
        if (leadChars !== null) {
          if (lo !== lineLo) {
            lineLo = goodTo = lo;
            bad = -1;
          }
          while (bad < 0 && goodTo < hi) {
            if (inSet(leadChars, text.charCodeAt(goodTo))) goodTo++;
            else bad = goodTo;
          }
          if (bad >= 0 && bad < hi) continue;
        }
        hi = lo;
      } else {
        lo = end > (lead as number) ? end - (lead as number) : 0;
        if (leadChars !== null) {
          let p = hi;
          while (p > lo && inSet(leadChars, text.charCodeAt(p - 1))) p--;
          lo = p;
        }
      }
      if (hi < lo) continue;
      const last = out.length - 1;
      if (last > 0 && lo <= out[last] + 1) {
        if (hi > out[last]) out[last] = hi;
        if (lo < out[last - 1]) {
          out[last - 1] = lo;
          ordered = false;
        }
      } else out.push(lo, hi);
    }
    return ordered ? out : mergeRanges(out);
  }
}

/**
 * A rule's lead or follow chars (Rule.keywordLeadChars, keywordFollowChars) as starts() reads
 * them: 1 per ASCII code in the set, and at 128, 1 when any non-ASCII char is.
 */
export function charTable(chars: { ascii: string; nonAscii: boolean }): Uint8Array {
  const table = new Uint8Array(129);
  for (let i = 0; i < chars.ascii.length; i++) table[chars.ascii.charCodeAt(i)] = 1;
  table[128] = chars.nonAscii ? 1 : 0;
  return table;
}

/** Whether char code `c` is in a charTable set. */
function inSet(table: Uint8Array, c: number): boolean {
  return table[c < 128 ? c : 128] === 1;
}

/** Inclusive [lo, hi] ranges (flat pairs) sorted and merged where they overlap or touch. */
function mergeRanges(ranges: number[]): number[] {
  const order = Array.from({ length: ranges.length / 2 }, (_, i) => i).sort((a, b) => ranges[2 * a] - ranges[2 * b]);
  const out: number[] = [];
  for (const i of order) {
    const lo = ranges[2 * i];
    const hi = ranges[2 * i + 1];
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) {
      if (hi > out[last]) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/**
 * Start of the line holding a position, with the last line found remembered: positions come in
 * ascending order per rule, so each line holding keywords is read about twice (back to its start,
 * on to its end) however many keywords it holds, and lines without any are not read at all.
 */
class LineStarts {
  private start = 0;
  /** The end of the remembered line (its newline or the text's end; -1: nothing remembered). */
  private end = -1;

  constructor(readonly text: string) {}

  startOf(pos: number): number {
    if (this.end >= 0 && pos >= this.start && pos <= this.end) return this.start;
    this.start = lineStart(this.text, pos);
    this.end = lineEnd(this.text, pos);
    return this.start;
  }
}

/**
 * Widens [start, end) spans (flat pairs) to whole lines (without the final newline) and merges
 * those that overlap. Spans arrive ordered by the end of their keyword, so they are nearly always
 * sorted by start already; they are sorted only when not.
 */
export function lineWindows(text: string, spans: number[]): number[] {
  let sorted = true;
  for (let k = 2; k < spans.length && sorted; k += 2) sorted = spans[k] >= spans[k - 2];
  if (!sorted) {
    const order = Array.from({ length: spans.length / 2 }, (_, i) => i).sort((a, b) => spans[2 * a] - spans[2 * b]);
    spans = order.flatMap((i) => [spans[2 * i], spans[2 * i + 1]]);
  }
  const out: number[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    const s = spans[k];
    const e = spans[k + 1];
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) {
      if (e > out[last]) out[last] = lineEnd(text, e);
      continue;
    }
    const ws = lineStart(text, s);
    const we = lineEnd(text, e);
    if (last > 0 && ws <= out[last]) out[last] = Math.max(out[last], we);
    else out.push(ws, we);
  }
  return out;
}

function lineStart(text: string, pos: number): number {
  return pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}
