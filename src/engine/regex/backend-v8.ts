import v8 from 'node:v8';
import { re2ToJs } from './re2-to-js.js';
import type { CompiledRegex, RegexBackend, RegexMatch } from './types.js';

let fallbackEnabled = false;

/**
 * Lets irregexp hand a pattern to V8's linear-time engine after 50 000 backtracks. This only
 * helps patterns that engine accepts (no bounded repetition above 16 on Node 20), so it is
 * a safety net, not a guarantee: see bench-notes/regex.md.
 */
function enableLinearFallback(): void {
  if (fallbackEnabled) return;
  fallbackEnabled = true;
  v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
}

/** Compiles a translated RE2 pattern to a RegExp; throws UnsupportedSyntax when it cannot be translated. */
export function compileV8(source: string): CompiledRegex {
  enableLinearFallback();
  const js = re2ToJs(source);
  const re = new RegExp(js.source, js.groupCount > 0 ? 'dg' : 'g');
  const groupCount = js.groupCount;
  return {
    engine: 'v8',
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
}

export const v8Backend: RegexBackend = { name: 'v8', compile: compileV8 };
