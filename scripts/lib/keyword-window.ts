// Build-time analysis of a rule's regex (scripts/gen-rules.mjs, which loads it with tsx): can the detector run it only in
// windows around its keywords' occurrences and get exactly the matches a whole-text scan gets?
// Yes when, in the RE2 program re2js compiles:
//   1. no `\A`/`\z`/non-multi-line `^`/`$` (they would hold at a window's edge),
//   2. every match contains one of the rule's keywords (ASCII case-insensitive), which is checked
//      on the product of the program with the detector's own keyword automaton, and
//   3. no match reads a newline (window 0: the keyword's own line), or a match has a bounded
//      length L (no loop in the program; window: L chars each side of the keyword).
// The detector widens each window to whole lines, so `^`/`$` (multi-line) and `\b` read the same
// at its edges as inside the text, and merges windows that touch.
// Uses re2js's compiled program (`re2Input.prog`), an internal of the pinned re2js version: if
// its shape is not the expected one, the rule is simply not windowed.
import { RE2JS } from 're2js';
import { KeywordPrefilter } from '../../src/engine/prefilter.js';

/** The parts of re2js's compiled program (an internal) the analysis reads. */
interface Inst {
  op: number;
  out: number;
  arg: number;
  runes: Int32Array | number[];
}
interface Prog {
  inst: Inst[];
  start: number;
  numLb?: number;
}

const OP = { ALT: 1, ALT_MATCH: 2, CAPTURE: 3, EMPTY_WIDTH: 4, FAIL: 5, MATCH: 6, NOP: 7, RUNE: 8, RUNE1: 9, RUNE_ANY: 10, RUNE_ANY_NOT_NL: 11 };
const EMPTY_TEXT = 4 | 8; // EMPTY_BEGIN_TEXT | EMPTY_END_TEXT
/** Bounds the product search; a rule over it is not windowed. */
const MAX_PRODUCT_STATES = 400_000;

/**
 * The window, or null when the rule cannot be windowed: `[before, after]` in UTF-16 units around
 * the end of a keyword occurrence, such that every match lies in [end - before, end + after] of
 * the first keyword it holds; `[0, 0]` for a rule that matches within one line.
 */
export function keywordWindow(pattern: string, keywords: readonly string[]): [number, number] | null {
  if (!keywords.length || keywords.some((k) => /[^\x00-\x7f]/.test(k) || k === '')) return null;
  const prog = knownProgram(pattern);
  if (prog === null) return null;
  const inst = prog.inst;
  if (inst.some((i) => i.op === OP.EMPTY_WIDTH && (i.arg & EMPTY_TEXT) !== 0)) return null;
  const ac = new KeywordPrefilter(keywords.map((k) => k.toLowerCase()));
  if (!everyMatchHasKeyword(inst, prog.start, ac)) return null;
  // A rule that cannot read a newline matches within one line: the keyword's line is its window.
  if (!readsNewline(inst)) return [0, 0];
  const longest = maxLength(inst, prog.start);
  if (longest === null) return null;
  return [longestToFirstKeyword(inst, prog.start, ac), longest];
}

/**
 * The most UTF-16 units from a match's start to the end of the first keyword it holds, when every
 * match holds one of `keywords` and that distance is bounded; 'line' when it is not, but every
 * match starts at the start of its keyword's line; else null (no keywords, a match without one,
 * or a loop before it, as in `\w+token`). The detector then tries the regex, on the
 * whole text, only at the starts this allows around each keyword occurrence
 * (src/engine/matches.ts matchesNear). Text anchors and long matches do not matter there, since
 * the text is not cut into windows.
 */
export function keywordLead(pattern: string, keywords: readonly string[]): number | 'line' | null {
  if (!keywords.length || keywords.some((k) => /[^\x00-\x7f]/.test(k) || k === '')) return null;
  const prog = knownProgram(pattern);
  if (prog === null) return null;
  const ac = new KeywordPrefilter(keywords.map((k) => k.toLowerCase()));
  if (!everyMatchHasKeyword(prog.inst, prog.start, ac)) return null;
  const lead = longestToFirstKeyword(prog.inst, prog.start, ac);
  if (Number.isFinite(lead)) return lead;
  // `^[ \t]*name…`: unbounded before the keyword, but a match of a rule that reads no newline
  // and starts at a line start can only start at the start of its keyword's line.
  return !readsNewline(prog.inst) && startsAtLineStart(prog.inst, prog.start) ? 'line' : null;
}

/**
 * The chars a match can read from its start up to the end of the first keyword it holds, when
 * that is not every char: `ascii` lists the ASCII ones, `nonAscii` says whether any other can be
 * read. With a numeric lead, the detector then starts no earlier than the first char before a
 * keyword occurrence that is not one of them (`["'](?:\w{1,20}[._-]){0,4}token` cannot start
 * across a space, however far back 99 units reach). null: any char, or the program is not known.
 * Chars on paths that never match are counted too (more chars: conservative).
 */
export function keywordLeadChars(pattern: string, keywords: readonly string[]): { ascii: string; nonAscii: boolean } | null {
  const walk = walkToFirstKeyword(pattern, keywords);
  return walk === null ? null : charSet(walk.read);
}

/**
 * The chars a match can read right after the end of the first keyword it holds, when it must
 * read one there and not every char can be it (`sk[0-9a-f]{32}`: "task " ends the keyword
 * before a space, so no match holds it as its first). null: a match may end right after the
 * keyword, any char may follow, or the program is not known.
 */
export function keywordFollowChars(pattern: string, keywords: readonly string[]): { ascii: string; nonAscii: boolean } | null {
  const walk = walkToFirstKeyword(pattern, keywords);
  if (walk === null) return null;
  const { inst, after } = walk;
  // From there, the chars the next step can read (through empty-width steps, taken as true).
  const follow = new Set<number>();
  const visited = new Set<number>();
  const next = [...after];
  while (next.length) {
    const pc = next.pop()!;
    if (visited.has(pc)) continue;
    visited.add(pc);
    const i = inst[pc];
    if (i.op === OP.MATCH) return null;
    if (!consumes(i.op)) {
      next.push(...successors(i));
      continue;
    }
    const chars = acceptedChars(i);
    if (chars === null) return null;
    for (const c of chars) for (const x of casesOf(i, c)) follow.add(x);
  }
  return charSet(follow);
}

/** The walk of the product for `pattern` and `keywords` (see walkProduct); null: not known, or too big. */
function walkToFirstKeyword(pattern: string, keywords: readonly string[]): ({ inst: Inst[] } & ProductWalk) | null {
  if (!keywords.length || keywords.some((k) => /[^\x00-\x7f]/.test(k) || k === '')) return null;
  const prog = knownProgram(pattern);
  if (prog === null) return null;
  const walk = walkProduct(prog.inst, prog.start, new KeywordPrefilter(keywords.map((k) => k.toLowerCase())));
  return walk === null ? null : { inst: prog.inst, ...walk };
}

interface ProductWalk {
  /** The chars read on the way to a first keyword's end (keyword chars included). */
  read: Set<number>;
  /** The instructions reached right after a first keyword's end. */
  after: Set<number>;
  /** Whether some path reaches MATCH before any keyword. */
  bare: boolean;
}

/**
 * The product of the program with the keyword automaton, walked from the start up to the end of
 * the first keyword. null: an instruction of unknown shape, or a product too big.
 */
function walkProduct(inst: Inst[], start: number, ac: KeywordPrefilter): ProductWalk | null {
  const read = new Set<number>();
  const after = new Set<number>();
  let bare = false;
  const seen = new Set<number>();
  const stack: [number, number][] = [[start, 0]];
  while (stack.length) {
    const [pc, s] = stack.pop()!;
    const key = pc * 65536 + s;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_PRODUCT_STATES) return null;
    const i = inst[pc];
    if (i.op === OP.MATCH) bare = true; // a match with no keyword in it
    if (!consumes(i.op)) {
      stack.push(...successors(i).map((next): [number, number] => [next, s]));
      continue;
    }
    const chars = acceptedChars(i);
    if (chars === null) return null;
    for (const c of chars) {
      for (const x of casesOf(i, c)) read.add(x);
      const t = ac.transition(s, c);
      if (ac.endsKeyword(t)) after.add(i.out); // once a keyword is read, this path is fine
      else stack.push([i.out, t]);
    }
  }
  return { read, after, bare };
}

/** `c` as instruction `i` reads it: with the fold flag (RUNE, arg bit 0), an ASCII letter in both cases. */
function casesOf(i: Inst, c: number): number[] {
  return i.op === OP.RUNE && (i.arg & 1) !== 0 && (c | 32) >= 97 && (c | 32) <= 122 ? [c, c ^ 32] : [c];
}

/** The ASCII chars of a set, and whether it has others; null when it has every char. */
function charSet(chars: Set<number>): { ascii: string; nonAscii: boolean } | null {
  const ascii = [...chars].filter((c) => c < 128).sort((a, b) => a - b);
  const nonAscii = [...chars].some((c) => c >= 128);
  if (ascii.length === 128 && nonAscii) return null;
  return { ascii: String.fromCharCode(...ascii), nonAscii };
}

const EMPTY_BEGIN_LINE = 1;

/** True when every path from the start passes a multi-line `^` before it reads a char or matches. */
function startsAtLineStart(inst: Inst[], start: number): boolean {
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length) {
    const pc = stack.pop()!;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const i = inst[pc];
    if (i.op === OP.EMPTY_WIDTH && (i.arg & EMPTY_BEGIN_LINE) !== 0) continue; // this path is anchored
    if (consumes(i.op) || i.op === OP.MATCH) return false;
    stack.push(...successors(i));
  }
  return true;
}

/** UTF-16 units one step of a rune instruction can read: 2 when it accepts a rune above U+FFFF. */
function unitsOf(i: Inst): number {
  if (i.op === OP.RUNE_ANY || i.op === OP.RUNE_ANY_NOT_NL) return 2;
  for (const r of i.runes) if (r > 0xffff) return 2;
  return 1;
}

/**
 * The longest match in UTF-16 units, or null when unbounded or unknown: the detector searches long
 * texts in overlapping pieces with it, so no single regex run gets a megabyte-long subject.
 */
export function maxMatchUnits(pattern: string): number | null {
  const prog = knownProgram(pattern);
  return prog === null ? null : maxLength(prog.inst, prog.start);
}

/** re2js's compiled program for `pattern`, or null when it is not of the shape this analysis knows (or has lookbehinds). */
function knownProgram(pattern: string): Prog | null {
  let prog: Prog | undefined;
  try {
    prog = (RE2JS.compile(pattern) as unknown as { re2Input?: { prog?: Prog } }).re2Input?.prog;
  } catch {
    return null;
  }
  if (!prog || !Array.isArray(prog.inst) || typeof prog.start !== 'number' || prog.numLb) return null;
  const known = (i: Inst) => typeof i.op === 'number' && (!consumes(i.op) || i.runes instanceof Int32Array || Array.isArray(i.runes));
  return prog.inst.every(known) ? prog : null;
}

function readsNewline(inst: Inst[]): boolean {
  return inst.some((i) => consumes(i.op) && (acceptedChars(i) ?? [10]).includes(10));
}

function successors(i: Inst): number[] {
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

const consumes = (op: number): boolean => op === OP.RUNE || op === OP.RUNE1 || op === OP.RUNE_ANY || op === OP.RUNE_ANY_NOT_NL;

/** Longest match in UTF-16 units, or null when the program loops (unbounded). */
function maxLength(inst: Inst[], start: number): number | null {
  const memo = new Map<number, number>();
  const onStack = new Set<number>();
  const visit = (pc: number): number | null => {
    if (memo.has(pc)) return memo.get(pc)!;
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
 * Char codes standing for all a rune instruction accepts, as the detector's keyword automaton
 * tells them apart: every ASCII char, U+017F (long s) and U+212A (Kelvin sign), which it reads as
 * s and k (RE2's case folding pairs them), and one code for any other non-ASCII char (they all
 * read alike). null when the instruction has a shape this analysis does not know.
 */
function acceptedChars(i: Inst): number[] | null {
  const out = new Set<number>();
  const addRange = (lo: number, hi: number) => {
    for (let c = Math.max(0, lo); c <= Math.min(127, hi); c++) out.add(c);
    for (const special of [0x17f, 0x212a]) if (lo <= special && hi >= special) out.add(special);
    for (let c = Math.max(lo, 128); c <= hi; c++) {
      if (c === 0x17f || c === 0x212a) continue;
      out.add(c); // one representative of the other non-ASCII chars is enough
      break;
    }
  };
  if (i.op === OP.RUNE_ANY) addRange(0, 0x10ffff);
  else if (i.op === OP.RUNE_ANY_NOT_NL) {
    addRange(0, 9);
    addRange(11, 0x10ffff);
  } else if (i.op === OP.RUNE1 || (i.op === OP.RUNE && i.runes.length === 1)) {
    // One rune; with the fold flag (RUNE, arg bit 0) also its other cases: the automaton folds
    // ASCII case itself, and s and k also fold to the two non-ASCII chars above.
    const r = i.runes[0];
    const folds = i.op === OP.RUNE && (i.arg & 1) !== 0;
    if (folds && r >= 128 && r !== 0x17f && r !== 0x212a) return null;
    addRange(r, r);
    if (folds && (r | 32) === 115) out.add(0x17f);
    if (folds && (r | 32) === 107) out.add(0x212a);
  } else if (i.op === OP.RUNE && i.runes.length % 2 === 0) {
    for (let k = 0; k < i.runes.length; k += 2) addRange(i.runes[k], i.runes[k + 1]);
  } else return null;
  return [...out];
}

/**
 * True when no path through the program reaches MATCH without the text read so far containing a
 * keyword. Empty-width assertions are treated as always true (more paths: conservative).
 */
function everyMatchHasKeyword(inst: Inst[], start: number, ac: KeywordPrefilter): boolean {
  const walk = walkProduct(inst, start, ac);
  return walk !== null && !walk.bare;
}

/**
 * The most UTF-16 units a match reads up to and including the end of its first keyword: the
 * longest path in the product of program and automaton, cut at the first keyword's end;
 * Infinity when that part of the product has a cycle (a loop before the first keyword).
 */
function longestToFirstKeyword(inst: Inst[], start: number, ac: KeywordPrefilter): number {
  const memo = new Map<number, number>();
  const onPath = new Set<number>();
  const visit = (pc: number, s: number): number => {
    const key = pc * 65536 + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (onPath.has(key)) return Infinity;
    onPath.add(key);
    const i = inst[pc];
    let best = -Infinity;
    if (consumes(i.op)) {
      const units = unitsOf(i);
      for (const c of acceptedChars(i) ?? []) {
        const t = ac.transition(s, c);
        best = Math.max(best, ac.endsKeyword(t) ? units : units + visit(i.out, t));
      }
    } else for (const next of successors(i)) best = Math.max(best, visit(next, s));
    onPath.delete(key);
    memo.set(key, best);
    return best;
  };
  return Math.max(0, visit(start, 0));
}
