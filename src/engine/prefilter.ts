/**
 * Keyword prefilter: one Aho-Corasick pass over the fragment (ASCII case-folded on the fly, no
 * lower-cased copy) tells which keywords occur, hence which rules need to run. Cost does not
 * grow with the number of rules. Rules without keywords always run.
 */
const ALPHABET = 128;

export class KeywordPrefilter {
  /** Dense transition table: state * 128 + char -> state. */
  private readonly next: Int32Array;
  /** Per state, keyword ids that end here (own + via suffix links), or null. */
  private readonly outputs: (number[] | null)[];
  private readonly keywordCount: number;
  /** When a keyword has non-ASCII characters the text is lower-cased up front instead. */
  private readonly needsFullLowercase: boolean;

  constructor(readonly keywords: readonly string[]) {
    this.keywordCount = keywords.length;
    this.needsFullLowercase = keywords.some((k) => /[^\x00-\x7f]/.test(k));
    // Trie.
    const goto: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = Math.min(kw.charCodeAt(i), ALPHABET - 1);
        let t = goto[s].get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          own.push([]);
          goto[s].set(c, t);
        }
        s = t;
      }
      own[s].push(id);
    });
    const states = goto.length;
    const next = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const outputs: (number[] | null)[] = new Array(states).fill(null);
    // BFS to fill failure links and the full transition function.
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0].get(c);
      if (t !== undefined) {
        next[c] = t;
        queue.push(t);
      }
    }
    outputs[0] = own[0].length ? own[0] : null;
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const merged = [...own[s], ...(outputs[fail[s]] ?? [])];
      outputs[s] = merged.length ? merged : null;
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s].get(c);
        if (t !== undefined) {
          fail[t] = next[fail[s] * ALPHABET + c];
          next[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
        }
      }
    }
    this.next = next;
    this.outputs = outputs;
  }

  /** Marks found[id] = 1 for every keyword occurring in `text` (case-insensitive). Returns how many were found. */
  scan(text: string, found: Uint8Array): number {
    const n = this.keywordCount;
    if (n === 0) return 0;
    const subject = this.needsFullLowercase ? text.toLowerCase() : text;
    const next = this.next;
    const outputs = this.outputs;
    let s = 0;
    let count = 0;
    for (let i = 0, len = subject.length; i < len; i++) {
      let c = subject.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= ALPHABET) c = ALPHABET - 1;
      s = next[s * ALPHABET + c];
      const out = outputs[s];
      if (out !== null) {
        for (let k = 0; k < out.length; k++) {
          if (found[out[k]] === 0) {
            found[out[k]] = 1;
            if (++count === n) return count;
          }
        }
      }
    }
    return count;
  }
}

/** Maps rules to keyword ids and answers "which rules must run on this text". */
export class RulePrefilter {
  private readonly automaton: KeywordPrefilter;
  private readonly rulesByKeyword: number[][];
  private readonly alwaysRun: number[];
  private readonly found: Uint8Array;

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
  }

  /** Indexes of rules to run on `text`, ascending. */
  select(text: string): number[] {
    const found = this.found;
    found.fill(0);
    const selected = new Set<number>(this.alwaysRun);
    if (this.automaton.scan(text, found) > 0) {
      for (let k = 0; k < found.length; k++) if (found[k] === 1) for (const r of this.rulesByKeyword[k]) selected.add(r);
    }
    return [...selected].sort((a, b) => a - b);
  }
}
