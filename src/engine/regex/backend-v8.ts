import v8 from 'node:v8';
import { compileRe2js } from './backend-re2js.js';
import { re2ToJs } from './re2-to-js.js';
import { NEAR_REACH_MAX, type CompiledRegex, type RegexBackend, type RegexMatch } from './types.js';

/**
 * V8 irregexp with a linear-time guarantee. Irregexp backtracks; V8 can hand a pattern to its
 * linear (NFA) engine once an execution passes 50 000 backtracks
 * (`--enable-experimental-regexp-engine-on-excessive-backtracks`). That engine accepts only some
 * patterns (no lookaround, no `i`/`u`/`d` flags, counts ≤ 16 — the translator rewrites larger ones),
 * so each pattern is checked with the `l` flag, which throws for patterns it cannot run.
 * Patterns that fail the check run on re2js. Capture spans come from re2js too (the `d` flag
 * disables the fallback), started at the match V8 found, so only matches pay for them.
 * See bench-notes/regex.md.
 */
let linearFallback: boolean | undefined;

/**
 * V8's default (50 000) counts a whole `exec`, so one scan of a large file with a generic rule
 * crosses it and runs on the linear engine, which is 10-100x slower than irregexp. A million
 * backtracks (a few ms) keeps ordinary text on irregexp; a pathological input still switches
 * after that bounded amount of work.
 */
const BACKTRACKS_BEFORE_FALLBACK = 1_000_000;
const CANARY_BACKTRACKS = 50_000;

/** Turns the flags on once and checks they took effect (flags set at run time are best effort). */
export function v8LinearFallbackWorks(): boolean {
  if (linearFallback !== undefined) return linearFallback;
  try {
    v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    v8.setFlagsFromString('--enable-experimental-regexp-engine');
    // The canary runs under V8's default threshold: at a million backtracks it would cost ~15 ms
    // of every start-up before switching; the threshold applies to regexes run after it is set.
    v8.setFlagsFromString(`--regexp-backtracks-before-fallback=${CANARY_BACKTRACKS}`);
    new RegExp('a', 'l');
    // Without the fallback this takes ~0.8 s (2^26 paths); with it, about a millisecond.
    const t = performance.now();
    /(a*)*b/.exec('a'.repeat(26));
    linearFallback = performance.now() - t < 250;
    v8.setFlagsFromString(`--regexp-backtracks-before-fallback=${BACKTRACKS_BEFORE_FALLBACK}`);
  } catch {
    linearFallback = false;
  }
  return linearFallback;
}

function runsInLinearEngine(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags + 'l');
    return true;
  } catch {
    return false;
  }
}

/** Compiles an RE2 pattern for V8 when V8 can run it in linear time; otherwise on re2js. */
export function compileV8(source: string): CompiledRegex {
  let js: ReturnType<typeof re2ToJs>;
  try {
    js = re2ToJs(source);
  } catch {
    return compileRe2js(source);
  }
  if (!v8LinearFallbackWorks() || !runsInLinearEngine(js.source, js.flags)) return compileRe2js(source);
  const re = new RegExp(js.source, js.flags + 'g');
  const groupCount = js.groupCount;
  let groups: CompiledRegex | null = null;
  const found = (text: string, m: RegExpExecArray, first: number, index: number, end: number): RegexMatch | null => {
    if (groupCount === 0 && js.flags === '') return { index, end, spans: [index, end] };
    const spans = js.exactCaptures ? spansFromCaptures(m, first, groupCount, index) : null;
    if (spans !== null) return { index, end, spans };
    groups ??= compileRe2js(source);
    // Same leftmost-first semantics: re2js finds the same match at `index`, with its groups
    // (and skips the rare extra candidate JS multi-line anchors allow).
    return groups.exec(text, index);
  };
  // Sticky, with a lazy prefix of at most `reach` chars: one run tries the starts from..from+reach
  // in order, like a global search would, and stops there. The pattern's own match is group 1, at
  // the end of the whole match. Counts stay ≤ 16, so V8's linear engine still accepts it.
  const near: (RegExp | undefined)[] = [];
  const nearRegex = (reach: number): RegExp =>
    (near[reach] ??= new RegExp(reach === 0 ? `(${js.source})` : `[\\s\\S]{0,${reach}}?(${js.source})`, js.flags + 'y'));
  return {
    engine: 'v8',
    source,
    groupCount,
    exec(text: string, from: number): RegexMatch | null {
      re.lastIndex = from;
      const m = re.exec(text);
      return m === null ? null : found(text, m, 0, m.index, m.index + m[0].length);
    },
    execNear(text: string, from: number, reach: number): RegexMatch | null {
      if (reach > NEAR_REACH_MAX || reach < 0) throw new RangeError(`execNear reach ${reach} out of range`);
      const r = nearRegex(reach);
      r.lastIndex = from;
      const m = r.exec(text);
      if (m === null) return null;
      const end = m.index + m[0].length;
      return found(text, m, 1, end - m[1].length, end);
    },
  };
}

export const v8Backend: RegexBackend = { name: 'v8', compile: compileV8 };

/**
 * Group spans from V8's captures, when each group's text occurs only once in the match (so its
 * place is certain), else null (the caller asks re2js). `m[first]` is the pattern's whole match,
 * at `index` in the text; its groups follow.
 */
function spansFromCaptures(m: RegExpExecArray, first: number, groupCount: number, index: number): number[] | null {
  const whole = m[first];
  const spans = [index, index + whole.length];
  for (let g = 1; g <= groupCount; g++) {
    const captured = m[first + g];
    if (captured === undefined) {
      spans.push(-1, -1);
      continue;
    }
    const at = captured === '' ? -1 : whole.indexOf(captured);
    if (at < 0 || whole.indexOf(captured, at + 1) >= 0) return null;
    spans.push(index + at, index + at + captured.length);
  }
  return spans;
}
