/**
 * Keyword prefilter: one Aho-Corasick pass over the fragment (ASCII case-folded on the fly, no
 * lower-cased copy) tells which keywords occur, hence which rules need to run. Cost does not
 * grow with the number of rules. Rules without keywords always run.
 */
const ALPHABET = 128;

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
  private readonly needsFullLowercase: boolean;

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
    const next = new Int32Array(states * ALPHABET).fill(UNSET);
    for (let i = 0; i < trie.length; i++) {
      const t = trie[i];
      if (t !== UNSET) next[i] = this.entryOf(t, outputs);
    }
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

  /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
  scan(text: string, found: Uint8Array): number {
    return this.scanInto(text, found, null);
  }

  /**
   * As scan(), and also appends each newly found keyword id to `ids` (when given), so a caller can
   * reset just those marks instead of clearing the whole array for every small decoded segment.
   */
  scanInto(text: string, found: Uint8Array, ids: number[] | null): number {
    const n = this.keywordCount;
    if (n === 0) return 0;
    const subject = this.needsFullLowercase ? text.toLowerCase() : text;
    const next = this.next;
    let row = 0;
    let count = 0;
    for (let i = 0, len = subject.length; i < len; i++) {
      let c = subject.charCodeAt(i);
      if (c >= ALPHABET) c = ALPHABET - 1;
      let e = next[row + c];
      if (e === UNSET) e = this.step(row, c);
      row = e & ~1;
      if (e !== row) {
        const out = this.outputs[row / ALPHABET]!;
        for (let k = 0; k < out.length; k++) {
          if (found[out[k]] === 0) {
            found[out[k]] = 1;
            if (ids !== null) ids.push(out[k]);
            if (++count === n) return count;
          }
        }
      }
    }
    return count;
  }
}

/** ASCII lower case; every non-ASCII char shares the last column (keywords are matched on ASCII). */
function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c | 32;
  return c >= ALPHABET ? ALPHABET - 1 : c;
}

/** Maps rules to keyword ids and answers "which rules must run on this text". */
export class RulePrefilter {
  private readonly automaton: KeywordPrefilter;
  private readonly rulesByKeyword: number[][];
  private readonly alwaysRun: number[];
  /** Scratch state, all zero between calls: keyword marks, keyword ids found, rule marks. */
  private readonly found: Uint8Array;
  private readonly foundIds: number[] = [];
  private readonly selected: Uint8Array;

  constructor(ruleKeywords: readonly (readonly string[])[]) {
    const ids = new Map<string, number>();
    const rulesByKeyword: number[][] = [];
    const alwaysRun: number[] = [];
    ruleKeywords.forEach((kws, rule) => {
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
      }
    });
    this.automaton = new KeywordPrefilter([...ids.keys()]);
    this.rulesByKeyword = rulesByKeyword;
    this.alwaysRun = alwaysRun;
    this.found = new Uint8Array(ids.size);
    this.selected = new Uint8Array(ruleKeywords.length);
  }

  /** Indexes of rules to run on `text`, ascending. */
  select(text: string): number[] {
    const found = this.found;
    const ids = this.foundIds;
    ids.length = 0;
    this.automaton.scanInto(text, found, ids);
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
}
