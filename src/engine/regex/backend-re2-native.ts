import type { CompiledRegex, RegexBackend, RegexMatch } from './types.js';

interface NativeRe2 {
  lastIndex: number;
  exec(text: string): (RegExpExecArray & { indices?: Array<[number, number] | undefined> }) | null;
}
type NativeRe2Ctor = new (source: string, flags: string) => NativeRe2;

let loaded: Promise<NativeRe2Ctor | null> | undefined;

/** Loads the optional native `re2` addon once; null when it is not installed or cannot load. */
export function loadNativeRe2(): Promise<NativeRe2Ctor | null> {
  // webpackIgnore keeps this a runtime import in the ncc bundle: without the comment ncc hoists
  // it into a static import and the bundle fails to start where the addon is not installed.
  // The name is a variable so the type-check (and the build) also work where it is not installed.
  const addon: string = 're2';
  loaded ??= import(/* webpackIgnore: true */ addon).then(
    (m) => ((m as { default?: unknown }).default ?? m) as NativeRe2Ctor,
    () => null,
  );
  return loaded;
}

/** Counts capture groups the way RE2 does, by asking re2js (exact, cheap, synchronous). */
function makeNativeBackend(RE2: NativeRe2Ctor, countGroups: (source: string) => number): RegexBackend {
  return {
    name: 're2',
    compile(source: string): CompiledRegex {
      const groupCount = countGroups(source);
      const re = new RE2(source, groupCount > 0 ? 'dg' : 'g');
      return {
        engine: 're2',
        source,
        groupCount,
        exec(text: string, from: number): RegexMatch | null {
          re.lastIndex = from;
          const m = re.exec(text);
          if (m === null) return null;
          const index = m.index;
          const end = index + m[0].length;
          const spans = [index, end];
          if (groupCount > 0) {
            const ind = m.indices!;
            for (let g = 1; g <= groupCount; g++) {
              const s = ind[g];
              if (s === undefined) spans.push(-1, -1);
              else spans.push(s[0], s[1]);
            }
          }
          return { index, end, spans };
        },
      };
    },
  };
}

export async function loadNativeBackend(countGroups: (source: string) => number): Promise<RegexBackend | null> {
  const RE2 = await loadNativeRe2();
  return RE2 ? makeNativeBackend(RE2, countGroups) : null;
}

/** Makes `auto` behave as if the addon were missing (tests of the no-addon path, benchmarks). */
export function disableNativeRe2(): void {
  loaded = Promise.resolve(null);
}
