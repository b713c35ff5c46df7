/**
 * Keyword prefilter: one Aho-Corasick pass over the fragment (ASCII case-folded on the fly, no
 * lower-cased copy) tells which keywords occur, hence which rules need to run. Cost does not
 * grow with the number of rules. Rules without keywords always run.
 */
const ALPHABET = 128;

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
}

/** A table entry for state `s`: its row offset (s * 128) with bit 0 set when keywords end at s. */
const UNSET = -1;

export class KeywordPrefilter {
  /**
   * Transition table indexed by row offset + char code: the target's entry (see UNSET). Rows are
   * pre-multiplied and the output flag rides in bit 0 so the hot loop does one load per char; ASCII
   * upper case maps like lower case. Only trie edges are set up front; the rest are filled on first
   * use (a lazy DFA), because computing all states × 128 transitions for ~1 000 keywords cost
   * ~15 ms of every start-up, and a short run (a git hook) visits few of them.
   */
  private readonly next: Int32Array;
  /** Failure link per state (longest proper suffix that is also a trie prefix), as a state number. */
  private readonly fail: Int32Array;
  /** Per state, keyword ids that end here (own + via suffix links), or null. */
  private readonly outputs: (number[] | null)[];
  private readonly keywordCount: number;
  /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
  readonly needsFullLowercase: boolean;

  constructor(readonly keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    this.needsFullLowercase = keywords.some((k) => /[^\x00-\x7f]/.test(k));
    let total = 1;
    for (const kw of keywords) total += kw.length;
    // Trie as state numbers first; converted to entries once outputs are known.
    let trie = new Int32Array(total * ALPHABET).fill(UNSET);
    const own: number[][] = [[]];
    const edges: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = foldChar(kw.charCodeAt(i));
        let t = trie[s * ALPHABET + c];
        if (t === UNSET) {
          t = own.length;
          own.push([]);
          edges.push([]);
          trie[s * ALPHABET + c] = t;
          edges[s].push(c);
        }
        s = t;
      }
      own[s].push(id);
    });
    const states = own.length;
    trie = trie.slice(0, states * ALPHABET);
    const fail = new Int32Array(states);
    const outputs: (number[] | null)[] = new Array(states).fill(null);
    outputs[0] = own[0].length ? own[0] : null;
    // Breadth first, so a state's failure target (shallower) is complete before the state.
    const gotoState = (s: number, c: number): number => {
      for (;;) {
        const t = trie[s * ALPHABET + c];
        if (t !== UNSET) return t;
        if (s === 0) return 0;
        s = fail[s];
      }
    };
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const c of edges[s]) {
        const t = trie[s * ALPHABET + c];
        const f = s === 0 ? 0 : gotoState(fail[s], c);
        fail[t] = f;
        const fromFail = outputs[f];
        const merged = fromFail === null ? own[t] : [...own[t], ...fromFail];
        outputs[t] = merged.length ? merged : null;
        queue.push(t);
      }
    }
    // Trie edges become entries in place: walking the edges, not the whole table, matters at
    // start-up (the table has ~500 000 cells, a cold loop over them cost ~5 ms of every hook).
    const next = trie;
    for (let st = 0; st < states; st++) for (const c of edges[st]) next[st * ALPHABET + c] = this.entryOf(next[st * ALPHABET + c], outputs);
    this.next = next;
    this.fail = fail;
    this.outputs = outputs;
    // The root's missing edges loop back to it, which ends every failure chain.
    for (let c = 0; c < ALPHABET; c++) if (next[c] === UNSET && trie[foldChar(c)] === UNSET) next[c] = this.entryOf(0, outputs);
  }

  private entryOf(state: number, outputs: readonly (number[] | null)[]): number {
    return state * ALPHABET + (outputs[state] !== null ? 1 : 0);
  }

  /** The entry for the transition from row `row` on char `c`, computed through failure links and remembered. */
  private step(row: number, c: number): number {
    const k = row + c;
    let e = this.next[k];
    if (e !== UNSET) return e;
    const folded = foldChar(c);
    if (folded !== c) e = this.step(row, folded);
    else {
      const s = row / ALPHABET;
      e = s === 0 ? this.entryOf(0, this.outputs) : this.step(this.fail[s] * ALPHABET, c);
    }
    this.next[k] = e;
    return e;
  }

  /**
   * The automaton as scanInto walks it, one char at a time, for the build-time analysis of rules
   * (scripts/lib/keyword-window.ts): the state after reading char code `code` in `state` (0 is
   * the start), and whether a keyword ends in a state.
   */
  transition(state: number, code: number): number {
    const row = state * ALPHABET;
    const c = code >= ALPHABET ? foldChar(code) : code;
    const e = this.next[row + c];
    const entry = e !== UNSET ? e : this.step(row, c);
    return (entry & ~1) / ALPHABET;
  }

  endsKeyword(state: number): boolean {
    return this.outputs[state] !== null;
  }

  /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
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
    const subject = this.needsFullLowercase ? text.toLowerCase() : text;
    const next = this.next;
    let row = 0;
    let count = 0;
    let runStart = -1;
    const len = subject.length;
    for (let i = 0; i < len; i++) {
      let c = subject.charCodeAt(i);
      if (runChars !== null) {
        // The same pass finds the runs the base64/hex decoders try (see TokenRuns).
        if (c < 128 && runChars[c] === 1) {
          if (runStart < 0) runStart = i;
        } else if (runStart >= 0) {
          if (i - runStart >= runs!.min) runs!.spans.push(runStart, i);
          runStart = -1;
        }
      }
      if (c >= ALPHABET) c = foldChar(c);
      let e = next[row + c];
      if (e === UNSET) e = this.step(row, c);
      row = e & ~1;
      if (e !== row) {
        const out = this.outputs[row / ALPHABET]!;
        for (let k = 0; k < out.length; k++) {
          const id = out[k];
          if (record && positional[id] === 1) hits.push(id, i + 1);
          if (found[id] === 0) {
            found[id] = 1;
            if (ids !== null) ids.push(id);
            if (++count === n && !record && runChars === null) return count;
          }
        }
      }
    }
    if (runChars !== null) {
      if (runStart >= 0 && len - runStart >= runs!.min) runs!.spans.push(runStart, len);
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
  /** Keywords of windowed rules, whose occurrences are kept; per windowed rule, its keywords. */
  private readonly positional: Uint8Array | null;
  private readonly ruleKeywordMarks: (Uint8Array | null)[];
  private readonly keywordLength: number[];
  /** Occurrences (keyword id, end offset) of positional keywords in the last selected text. */
  private readonly hits: number[] = [];

  /**
   * `windowed[r]`: rule r may run only around its keywords' occurrences (see windows()); those
   * keywords' positions are then kept while scanning.
   */
  constructor(ruleKeywords: readonly (readonly string[])[], windowed: readonly boolean[] = []) {
    const ids = new Map<string, number>();
    const rulesByKeyword: number[][] = [];
    const alwaysRun: number[] = [];
    const idsOfRule: number[][] = [];
    ruleKeywords.forEach((kws, rule) => {
      idsOfRule[rule] = [];
      if (kws.length === 0) {
        alwaysRun.push(rule);
        return;
      }
      for (const raw of kws) {
        const kw = raw.toLowerCase();
        let id = ids.get(kw);
        if (id === undefined) {
          id = ids.size;
          ids.set(kw, id);
          rulesByKeyword.push([]);
        }
        rulesByKeyword[id].push(rule);
        idsOfRule[rule].push(id);
      }
    });
    const keywords = [...ids.keys()];
    this.automaton = new KeywordPrefilter(keywords);
    this.rulesByKeyword = rulesByKeyword;
    this.alwaysRun = alwaysRun;
    this.found = new Uint8Array(ids.size);
    this.selected = new Uint8Array(ruleKeywords.length);
    this.keywordLength = keywords.map((k) => k.length);
    const anyWindowed = windowed.some((w, r) => w && idsOfRule[r]?.length);
    this.positional = anyWindowed && !this.automaton.needsFullLowercase ? new Uint8Array(ids.size) : null;
    this.ruleKeywordMarks = ruleKeywords.map((_, r) => {
      if (this.positional === null || !windowed[r] || idsOfRule[r].length === 0) return null;
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
    if (ids.length === 0) return this.alwaysRun.slice();
    const selected = this.selected;
    const out: number[] = [];
    for (const r of this.alwaysRun) {
      selected[r] = 1;
      out.push(r);
    }
    for (const k of ids) {
      found[k] = 0;
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
    const ws = s === 0 ? 0 : text.lastIndexOf('\n', s - 1) + 1;
    const we = lineEnd(text, e);
    if (last > 0 && ws <= out[last]) out[last] = Math.max(out[last], we);
    else out.push(ws, we);
  }
  return out;
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}
