// Build-time analysis of a rule's regex (scripts/gen-rules.mjs): can the detector run it only in
// windows around its keywords' occurrences and get exactly the matches a whole-text scan gets?
// Yes when, in the RE2 program re2js compiles:
//   1. no `\A`/`\z`/non-multi-line `^`/`$` (they would hold at a window's edge),
//   2. every match contains one of the rule's keywords (ASCII case-insensitive), which is checked
//      on the product of the program with the keywords' Aho-Corasick automaton, and
//   3. no match reads a newline (window 0: the keyword's own line), or a match has a bounded
//      length L (no loop in the program; window: L chars each side of the keyword).
// The detector widens each window to whole lines, so `^`/`$` (multi-line) and `\b` read the same
// at its edges as inside the text, and merges windows that touch.
// Uses re2js's compiled program (`re2Input.prog`), an internal of the pinned re2js version: if
// its shape is not the expected one, the rule is simply not windowed.
import { RE2JS } from 're2js';

const OP = { ALT: 1, ALT_MATCH: 2, CAPTURE: 3, EMPTY_WIDTH: 4, FAIL: 5, MATCH: 6, NOP: 7, RUNE: 8, RUNE1: 9, RUNE_ANY: 10, RUNE_ANY_NOT_NL: 11 };
const EMPTY_TEXT = 4 | 8; // EMPTY_BEGIN_TEXT | EMPTY_END_TEXT
/** Bounds the product search; a rule over it is not windowed. */
const MAX_PRODUCT_STATES = 400_000;

/**
 * The window, or null when the rule cannot be windowed: `[before, after]` in UTF-16 units around
 * the end of a keyword occurrence, such that every match lies in [end - before, end + after] of
 * the first keyword it holds; `[0, 0]` for a rule that matches within one line.
 */
export function keywordWindow(pattern, keywords) {
  if (!keywords.length || keywords.some((k) => /[^\x00-\x7f]/.test(k) || k === '')) return null;
  const prog = knownProgram(pattern);
  if (prog === null) return null;
  const inst = prog.inst;
  if (inst.some((i) => i.op === OP.EMPTY_WIDTH && (i.arg & EMPTY_TEXT) !== 0)) return null;
  const ac = automaton(keywords.map((k) => k.toLowerCase()));
  if (!everyMatchHasKeyword(inst, prog.start, ac)) return null;
  // A rule that cannot read a newline matches within one line: the keyword's line is its window.
  if (!readsNewline(inst)) return [0, 0];
  const longest = maxLength(inst, prog.start);
  if (longest === null) return null;
  return [longestToFirstKeyword(inst, prog.start, ac), longest];
}

/** UTF-16 units one step of a rune instruction can read: 2 when it accepts a rune above U+FFFF. */
function unitsOf(i) {
  if (i.op === OP.RUNE_ANY || i.op === OP.RUNE_ANY_NOT_NL) return 2;
  for (const r of i.runes) if (r > 0xffff) return 2;
  return 1;
}

/**
 * The longest match in UTF-16 units, or null when unbounded or unknown: the detector searches long
 * texts in overlapping pieces with it, so no single regex run gets a megabyte-long subject.
 */
export function maxMatchUnits(pattern) {
  const prog = knownProgram(pattern);
  return prog === null ? null : maxLength(prog.inst, prog.start);
}

/** re2js's compiled program for `pattern`, or null when it is not of the shape this analysis knows (or has lookbehinds). */
function knownProgram(pattern) {
  let prog;
  try {
    prog = RE2JS.compile(pattern).re2Input.prog;
  } catch {
    return null;
  }
  if (!prog || !Array.isArray(prog.inst) || typeof prog.start !== 'number' || prog.numLb) return null;
  const known = (i) => typeof i.op === 'number' && (!consumes(i.op) || i.runes instanceof Int32Array || Array.isArray(i.runes));
  return prog.inst.every(known) ? prog : null;
}

function readsNewline(inst) {
  return inst.some((i) => consumes(i.op) && (acceptedChars(i) ?? [10]).includes(10));
}

function successors(i) {
  switch (i.op) {
    case OP.ALT:
    case OP.ALT_MATCH:
      return [i.out, i.arg];
    case OP.MATCH:
    case OP.FAIL:
      return [];
    default:
      return [i.out];
  }
}

const consumes = (op) => op === OP.RUNE || op === OP.RUNE1 || op === OP.RUNE_ANY || op === OP.RUNE_ANY_NOT_NL;

/** Longest match in UTF-16 units, or null when the program loops (unbounded). */
function maxLength(inst, start) {
  const memo = new Map();
  const onStack = new Set();
  const visit = (pc) => {
    if (memo.has(pc)) return memo.get(pc);
    if (onStack.has(pc)) return null;
    onStack.add(pc);
    const i = inst[pc];
    let best = i.op === OP.MATCH ? 0 : -Infinity;
    for (const next of successors(i)) {
      const v = visit(next);
      if (v === null) return null;
      best = Math.max(best, v + (consumes(i.op) ? unitsOf(i) : 0));
    }
    onStack.delete(pc);
    memo.set(pc, best);
    return best;
  };
  const v = visit(start);
  return v === null || v === -Infinity ? null : v;
}

/**
 * The chars a rune instruction accepts, as the detector's keyword automaton reads them: ASCII
 * folded to lower case, U+017F (long s) as `s` and U+212A (Kelvin sign) as `k` (RE2's case folding
 * pairs them with s and k), and 128 for any other non-ASCII char. null when the instruction has a
 * shape this analysis does not know.
 */
function acceptedChars(i) {
  const out = new Set();
  const addRange = (lo, hi) => {
    for (let c = Math.max(0, lo); c <= Math.min(127, hi); c++) out.add(c >= 65 && c <= 90 ? c | 32 : c);
    if (lo <= 0x17f && hi >= 0x17f) out.add(115);
    if (lo <= 0x212a && hi >= 0x212a) out.add(107);
    // Any other non-ASCII char in [lo, hi]?
    const from = Math.max(lo, 128);
    if (from <= hi && !(from === hi && (from === 0x17f || from === 0x212a))) out.add(128);
  };
  if (i.op === OP.RUNE_ANY) addRange(0, 0x10ffff);
  else if (i.op === OP.RUNE_ANY_NOT_NL) {
    addRange(0, 9);
    addRange(11, 0x10ffff);
  } else if (i.op === OP.RUNE1 || (i.op === OP.RUNE && i.runes.length === 1)) {
    // One rune; with the fold flag (RUNE, arg bit 0) also its other cases, which for an ASCII
    // letter fold to the same lower-case char (k and s included, see above).
    const r = i.runes[0];
    if (i.op === OP.RUNE && (i.arg & 1) !== 0 && r >= 128 && r !== 0x17f && r !== 0x212a) return null;
    addRange(r, r);
  } else if (i.op === OP.RUNE && i.runes.length % 2 === 0) {
    for (let k = 0; k < i.runes.length; k += 2) addRange(i.runes[k], i.runes[k + 1]);
  } else return null;
  return [...out];
}

/** Aho-Corasick over lower-case ASCII keywords: [next(state, char) -> state, isHit(state)]. */
function automaton(keywords) {
  const goto = [new Map()];
  const hit = [false];
  for (const kw of keywords) {
    let s = 0;
    for (const ch of kw) {
      const c = ch.charCodeAt(0);
      if (!goto[s].has(c)) {
        goto.push(new Map());
        hit.push(false);
        goto[s].set(c, goto.length - 1);
      }
      s = goto[s].get(c);
    }
    hit[s] = true;
  }
  const fail = new Array(goto.length).fill(0);
  const order = [...goto[0].values()];
  for (let q = 0; q < order.length; q++) {
    const s = order[q];
    for (const [c, t] of goto[s]) {
      let f = fail[s];
      while (f !== 0 && !goto[f].has(c)) f = fail[f];
      fail[t] = goto[f].has(c) && goto[f].get(c) !== t ? goto[f].get(c) : 0;
      hit[t] = hit[t] || hit[fail[t]];
      order.push(t);
    }
  }
  const next = (s, c) => {
    for (;;) {
      if (goto[s].has(c)) return goto[s].get(c);
      if (s === 0) return 0;
      s = fail[s];
    }
  };
  return { next, hit };
}

/**
 * True when no path through the program reaches MATCH without the text read so far containing a
 * keyword. Empty-width assertions are treated as always true (more paths: conservative).
 */
function everyMatchHasKeyword(inst, start, ac) {
  const seen = new Set();
  const stack = [[start, 0]];
  while (stack.length) {
    const [pc, s] = stack.pop();
    const key = pc * 65536 + s;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_PRODUCT_STATES) return false;
    const i = inst[pc];
    if (i.op === OP.MATCH) return false; // a match with no keyword in it
    if (consumes(i.op)) {
      const chars = acceptedChars(i);
      if (chars === null) return false;
      for (const c of chars) {
        const t = ac.next(s, c);
        if (!ac.hit[t]) stack.push([i.out, t]); // once a keyword is read, this path is fine
      }
    } else for (const next of successors(i)) stack.push([next, s]);
  }
  return true;
}

/**
 * The most UTF-16 units a match reads up to and including the end of its first keyword: the
 * longest path in the (acyclic, since the program is) product of program and automaton.
 */
function longestToFirstKeyword(inst, start, ac) {
  const memo = new Map();
  const visit = (pc, s) => {
    const key = pc * 65536 + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const i = inst[pc];
    let best = -Infinity;
    if (consumes(i.op)) {
      const units = unitsOf(i);
      for (const c of acceptedChars(i)) {
        const t = ac.next(s, c);
        best = Math.max(best, ac.hit[t] ? units : units + visit(i.out, t));
      }
    } else for (const next of successors(i)) best = Math.max(best, visit(next, s));
    memo.set(key, best);
    return best;
  };
  return Math.max(0, visit(start, 0));
}
