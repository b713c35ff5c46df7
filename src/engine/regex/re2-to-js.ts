/**
 * Translates an RE2 (Go regexp) pattern into an equivalent JavaScript pattern used WITHOUT
 * the `i`, `m`, `s` or `u` flags, so that irregexp gives RE2's answers:
 * - case folding ((?i), (?i:…), (?-i:…), mid-pattern (?i)) is expanded into classes ([aA]),
 *   because JS has no scoped flags on Node 20;
 * - `.` is `[^\n]` (RE2 excludes only \n), `(?s)` dot is `[^]`;
 * - `\s` is RE2's ASCII `[\t\n\f\r ]`, `\z`/`\A` become `$`/`^`, POSIX `[[:alnum:]]` classes expand;
 * - named groups lose their names (we only use numbered groups).
 * - multi-line `^`/`$` use the JS `m` flag (mixed with plain anchors: unsupported);
 * Anything else (`\p{…}`, ungreedy mode, `\C`) throws UnsupportedSyntax so the
 * caller can run that one rule on a true RE2 engine instead.
 */
export class UnsupportedSyntax extends Error {}

type Range = [number, number];
interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
}

const SPACE: Range[] = [
  [9, 10],
  [12, 13],
  [32, 32],
];
const PERL: Record<string, Range[]> = {
  d: [[48, 57]],
  w: [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
  ],
  s: SPACE,
};
const POSIX: Record<string, Range[]> = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122],
  ],
  alpha: [
    [65, 90],
    [97, 122],
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32],
  ],
  cntrl: [
    [0, 31],
    [127, 127],
  ],
  digit: [[48, 57]],
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126],
  ],
  space: [
    [9, 13],
    [32, 32],
  ],
  upper: [[65, 90]],
  word: PERL.w,
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102],
  ],
};
const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };

function complement(ranges: Range[]): Range[] {
  const sorted = normalize(ranges);
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0xffff) out.push([next, 0xffff]);
  return out;
}

function normalize(ranges: Range[]): Range[] {
  const sorted = ranges.map((r) => [r[0], r[1]] as Range).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

/** Adds the other-case counterparts of ASCII letters (plus RE2's Kelvin sign and long s folds). */
function foldRanges(ranges: Range[]): Range[] {
  const out = ranges.slice();
  for (const [lo, hi] of ranges) {
    const a = Math.max(lo, 65);
    const b = Math.min(hi, 90);
    if (a <= b) out.push([a + 32, b + 32]);
    const c = Math.max(lo, 97);
    const d = Math.min(hi, 122);
    if (c <= d) out.push([c - 32, d - 32]);
    if (lo <= 0x212a && hi >= 0x212a) out.push([107, 107], [75, 75]);
    if (lo <= 0x17f && hi >= 0x17f) out.push([115, 115], [83, 83]);
  }
  const withSpecial = normalize(out);
  const hasK = withSpecial.some(([lo, hi]) => lo <= 107 && hi >= 107);
  const hasS = withSpecial.some(([lo, hi]) => lo <= 115 && hi >= 115);
  if (hasK) withSpecial.push([0x212a, 0x212a]);
  if (hasS) withSpecial.push([0x17f, 0x17f]);
  return normalize(withSpecial);
}

function hex4(n: number): string {
  return '\\u' + n.toString(16).padStart(4, '0');
}

function emitClass(ranges: Range[], negate: boolean): string {
  const parts = normalize(ranges).map(([lo, hi]) => (lo === hi ? hex4(lo) : `${hex4(lo)}-${hex4(hi)}`));
  if (parts.length === 0) return negate ? '[^]' : '[]';
  return `[${negate ? '^' : ''}${parts.join('')}]`;
}

/**
 * V8's linear engine (the fallback on excessive backtracking) refuses a counted repetition above
 * 16. `X{40}` is the same language and the same match preference as `X{16}X{16}X{8}`, and
 * `X{0,k}` as `(?:X{16}X{0,k-16}|X{0,15})` (greedy; the reverse order when lazy), so large counts
 * are rewritten into chunks the linear engine accepts. Atoms holding a capture group are left
 * alone (copies would renumber groups); such a pattern then fails the linear check instead.
 */
const MAX_COUNT = 16;

function optionalRepeat(a: string, k: number, lazy: boolean): string {
  const q = lazy ? '?' : '';
  if (k <= MAX_COUNT) return k === 0 ? '' : `${a}{0,${k}}${q}`;
  const longer = `${a}{${MAX_COUNT}}${optionalRepeat(a, k - MAX_COUNT, lazy)}`;
  const shorter = `${a}{0,${MAX_COUNT - 1}}${q}`;
  return lazy ? `(?:${shorter}|${longer})` : `(?:${longer}|${shorter})`;
}

export function chunkedRepeat(a: string, min: number, max: number, lazy: boolean): string {
  let out = '';
  for (let left = min; left > 0; left -= MAX_COUNT) out += `${a}{${Math.min(left, MAX_COUNT)}}`;
  if (max === Infinity) out += `${a}*${lazy ? '?' : ''}`;
  else out += optionalRepeat(a, max - min, lazy);
  return out;
}

/** `G{n,m}` as n copies of G and m-n nested optional copies: `GG(?:G(?:G)?)?` (lazy: `??`). */
export function expandedRepeat(a: string, min: number, max: number, lazy: boolean): string {
  let opt = '';
  for (let k = max - min; k > 0; k--) opt = `(?:${a}${opt})?${lazy ? '?' : ''}`;
  return a.repeat(min) + opt;
}

const JS_SPECIAL = new Set('\\^$.|?*+()[]{}/'.split(''));

export interface JsPattern {
  source: string;
  groupCount: number;
  /** '' or 'm' (see the multi-line note at the end of re2ToJs). */
  flags: string;
  /**
   * The captures V8 gives for a match are RE2's: no multi-line anchors (see there) and no group
   * under a repetition (JavaScript clears a repeated group's captures on each iteration, RE2
   * keeps the last ones that matched).
   */
  exactCaptures: boolean;
}

/**
 * Translations made ahead of time: the built-in rules' patterns are translated when the rules are
 * generated (scripts/gen-rules.mjs), so a short run (a git hook) does not spend ~20 ms translating
 * the rules it selects. null marks a pattern the translator does not support.
 */
const known = new Map<string, JsPattern | null>();

export type KnownTranslation =
  | readonly [re2: string, js: string, flags: string, groupCount: number, exactCaptures: 0 | 1]
  | readonly [re2: string, unsupported: null];

export function addKnownTranslations(entries: readonly KnownTranslation[]): void {
  for (const e of entries) known.set(e[0], e[1] === null ? null : { source: e[1], flags: e[2]!, groupCount: e[3]!, exactCaptures: e[4] === 1 });
}

/** True when `pattern`'s translation was made ahead of time (a built-in rule's pattern). */
export function hasKnownTranslation(pattern: string): boolean {
  return known.get(pattern) != null;
}

/** The JavaScript equivalent of an RE2 pattern (see translate); throws UnsupportedSyntax. */
export function re2ToJs(pattern: string): JsPattern {
  const k = known.get(pattern);
  if (k === null) throw new UnsupportedSyntax('not translatable (known ahead of time)');
  return k ?? translate(pattern);
}

function translate(pattern: string): JsPattern {
  let i = 0;
  let out = '';
  let groupCount = 0;
  const stack: Flags[] = [{ i: false, s: false, m: false }];
  const flags = (): Flags => stack[stack.length - 1];

  const literal = (cp: number): string => {
    if (flags().i) {
      const folded = foldRanges([[cp, cp]]);
      if (folded.length > 1 || folded[0][0] !== folded[0][1]) return emitClass(folded, false);
    }
    if (cp > 0xffff) throw new UnsupportedSyntax('astral literal');
    const ch = String.fromCharCode(cp);
    if (JS_SPECIAL.has(ch)) return '\\' + ch;
    if (cp < 32 || cp > 126) return hex4(cp);
    return ch;
  };

  /** Parses an escape at pattern[i] === '\\'; returns either ranges (a class) or a single code point. */
  const parseEscape = (inClass: boolean): { ranges?: Range[]; negate?: boolean; cp?: number; raw?: string } => {
    const c = pattern[i + 1];
    if (c === undefined) throw new UnsupportedSyntax('trailing backslash');
    i += 2;
    if (c in PERL) return { ranges: PERL[c] };
    const lower = c.toLowerCase();
    if (lower in PERL && c !== lower) return { ranges: PERL[lower], negate: true };
    if (c in SIMPLE_ESCAPES) return { cp: SIMPLE_ESCAPES[c] };
    if (c === 'x') {
      if (pattern[i] === '{') {
        const close = pattern.indexOf('}', i);
        if (close < 0) throw new UnsupportedSyntax('bad \\x{');
        const cp = parseInt(pattern.slice(i + 1, close), 16);
        i = close + 1;
        if (!(cp >= 0)) throw new UnsupportedSyntax('bad \\x{');
        return { cp };
      }
      const cp = parseInt(pattern.slice(i, i + 2), 16);
      if (!/^[0-9a-fA-F]{2}$/.test(pattern.slice(i, i + 2))) throw new UnsupportedSyntax('bad \\x');
      i += 2;
      return { cp };
    }
    if (!inClass && (c === 'b' || c === 'B')) return { raw: '\\' + c };
    if (!inClass && c === 'A') return { raw: '^' };
    if (!inClass && c === 'z') return { raw: '$' };
    if (/[0-9A-Za-z]/.test(c)) throw new UnsupportedSyntax(`escape \\${c}`);
    return { cp: c.codePointAt(0)! };
  };

  const parseClass = (): string => {
    // pattern[i] === '['
    i++;
    let negate = false;
    if (pattern[i] === '^') {
      negate = true;
      i++;
    }
    const ranges: Range[] = [];
    let first = true;
    while (i < pattern.length && (pattern[i] !== ']' || first)) {
      first = false;
      if (pattern.startsWith('[:', i)) {
        const close = pattern.indexOf(':]', i + 2);
        const name = close > 0 ? pattern.slice(i + 2, close) : '';
        if (!(name in POSIX)) throw new UnsupportedSyntax(`posix class ${name}`);
        ranges.push(...POSIX[name]);
        i = close + 2;
        continue;
      }
      let lo: number;
      if (pattern[i] === '\\') {
        const e = parseEscape(true);
        if (e.ranges) {
          ranges.push(...(e.negate ? complement(e.ranges) : e.ranges));
          continue;
        }
        lo = e.cp!;
      } else {
        lo = pattern.codePointAt(i)!;
        i += lo > 0xffff ? 2 : 1;
      }
      let hi = lo;
      if (pattern[i] === '-' && pattern[i + 1] !== ']' && i + 1 < pattern.length) {
        i++;
        if (pattern[i] === '\\') {
          const e = parseEscape(true);
          if (e.cp === undefined) throw new UnsupportedSyntax('class range to a class');
          hi = e.cp;
        } else {
          hi = pattern.codePointAt(i)!;
          i += hi > 0xffff ? 2 : 1;
        }
      }
      if (hi > 0xffff) throw new UnsupportedSyntax('astral class');
      ranges.push([lo, hi]);
    }
    if (pattern[i] !== ']') throw new UnsupportedSyntax('unterminated class');
    i++;
    return emitClass(flags().i ? foldRanges(ranges) : ranges, negate);
  };

  /** Applies a flag string like `i`, `-i`, `is-s`. */
  const applyFlags = (spec: string, target: Flags): void => {
    let on = true;
    for (const f of spec) {
      if (f === '-') on = false;
      else if (f === 'i') target.i = on;
      else if (f === 's') target.s = on;
      else if (f === 'm') target.m = on;
      else if (f === 'U') {
        if (on) throw new UnsupportedSyntax('ungreedy mode');
      } else throw new UnsupportedSyntax(`flag ${f}`);
    }
  };

  // Where the last quantifiable atom starts in `out` (-1: none), and whether it holds a capture group.
  let atomStart = -1;
  let atomHasGroup = false;
  let repeatedGroup = false;
  const opens: Array<{ pos: number; groups: number }> = [];
  const anchors: Array<{ multiLine: boolean }> = [];
  const atom = (emitted: string): void => {
    atomStart = out.length;
    atomHasGroup = false;
    out += emitted;
  };

  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      if (pattern[i + 1] === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const lit = pattern.slice(i + 2, end < 0 ? pattern.length : end);
        for (const ch of lit) atom(literal(ch.codePointAt(0)!));
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      const e = parseEscape(false);
      if (e.raw) {
        out += e.raw;
        atomStart = -1;
      } else if (e.ranges) atom(emitClass(e.ranges, !!e.negate));
      else atom(literal(e.cp!));
    } else if (c === '[') {
      atom(parseClass());
    } else if (c === '(') {
      atomStart = -1;
      if (pattern[i + 1] === '?') {
        const m = /^\(\?(?:P?<([A-Za-z0-9_]+)>|([A-Za-z-]*)(:|\)))/.exec(pattern.slice(i, i + 80));
        if (!m) throw new UnsupportedSyntax('group syntax');
        i += m[0].length;
        if (m[1] !== undefined) {
          opens.push({ pos: out.length, groups: groupCount });
          groupCount++;
          stack.push({ ...flags() });
          out += '(';
        } else if (m[3] === ')') {
          applyFlags(m[2], flags());
        } else {
          const f = { ...flags() };
          applyFlags(m[2], f);
          opens.push({ pos: out.length, groups: groupCount });
          stack.push(f);
          out += '(?:';
        }
      } else {
        i++;
        opens.push({ pos: out.length, groups: groupCount });
        groupCount++;
        stack.push({ ...flags() });
        out += '(';
      }
    } else if (c === ')') {
      if (stack.length === 1) throw new UnsupportedSyntax('unbalanced )');
      stack.pop();
      const open = opens.pop()!;
      out += ')';
      atomStart = open.pos;
      atomHasGroup = groupCount > open.groups;
      i++;
    } else if (c === '.') {
      atom(flags().s ? '[^]' : '[^\\n]');
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
      if (m) {
        i += m[0].length;
        const lazy = pattern[i] === '?';
        if (lazy) i++;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        if (atomHasGroup && atomStart >= 0 && max > 1) repeatedGroup = true;
        const a = atomStart >= 0 && !atomHasGroup ? out.slice(atomStart) : null;
        if (a !== null && a.startsWith('(') && max !== Infinity && max <= MAX_COUNT) {
          // A counted group multiplies the counts inside it; copies keep each count on its own.
          out = out.slice(0, atomStart) + `(?:${expandedRepeat(a, min, max, lazy)})`;
        } else if (a !== null && (min > MAX_COUNT || (max > MAX_COUNT && max !== Infinity))) {
          out = out.slice(0, atomStart) + `(?:${chunkedRepeat(a, min, max, lazy)})`;
        } else {
          out += m[0] + (lazy ? '?' : '');
        }
        atomStart = -1;
      } else {
        atom('\\{');
        i++;
      }
    } else if (c === '^' || c === '$') {
      anchors.push({ multiLine: flags().m });
      out += c;
      atomStart = -1;
      i++;
    } else if ('*+?|'.includes(c)) {
      if (atomHasGroup && atomStart >= 0 && (c === '*' || c === '+')) repeatedGroup = true;
      out += c;
      atomStart = -1;
      i++;
    } else {
      const cp = pattern.codePointAt(i)!;
      atom(literal(cp));
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (stack.length !== 1) throw new UnsupportedSyntax('unbalanced (');
  // Multi-line anchors: when every anchor is multi-line, use the JS `m` flag (which V8's linear
  // engine accepts). JS also treats a lone \r and U+2028/9 as line ends where RE2 sees only \n,
  // so V8 may find a few extra candidates; the V8 backend re-checks every match of a pattern
  // with groups on re2js. Mixed plain and multi-line anchors are left to re2js.
  if (anchors.some((a) => a.multiLine)) {
    if (!anchors.every((a) => a.multiLine)) throw new UnsupportedSyntax('mixed multi-line anchors');
    return { source: out, groupCount, flags: 'm', exactCaptures: false };
  }
  return { source: out, groupCount, flags: '', exactCaptures: !repeatedGroup };
}
