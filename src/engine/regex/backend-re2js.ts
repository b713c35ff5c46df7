import { RE2JS, type Matcher } from 're2js';
import type { CompiledRegex, RegexBackend, RegexMatch } from './types.js';

/** re2js: a pure-JS port of RE2. Always available, linear time, slower than native RE2. */
export function compileRe2js(source: string): CompiledRegex {
  const re = RE2JS.compile(source);
  const groupCount = re.groupCount();
  // One matcher per subject string: re2js converts the input once per matcher.
  let lastText: string | null = null;
  let matcher: Matcher | null = null;
  return {
    engine: 're2js',
    source,
    groupCount,
    exec(text: string, from: number): RegexMatch | null {
      if (text !== lastText || matcher === null) {
        matcher = re.matcher(text);
        lastText = text;
      }
      if (from > text.length || !matcher.find(from)) return null;
      const spans: number[] = [];
      for (let g = 0; g <= groupCount; g++) {
        const s = matcher.start(g);
        spans.push(s, s < 0 ? -1 : matcher.end(g));
      }
      return { index: spans[0], end: spans[1], spans };
    },
  };
}

export const re2jsBackend: RegexBackend = { name: 're2js', compile: compileRe2js };
