import { RE2JS } from 're2js';
import { StanchError } from '../../model/errors.js';
import { re2jsBackend } from './backend-re2js.js';
import { loadNativeBackend } from './backend-re2-native.js';
import { v8Backend } from './backend-v8.js';
import { UnsupportedSyntax } from './re2-to-js.js';
import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';

export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';

/** Capture-group count as RE2 sees it. */
export function re2GroupCount(source: string): number {
  return RE2JS.compile(source).groupCount();
}

/**
 * Resolves an engine choice to a backend. `auto` = native RE2 when the addon loads, else re2js
 * (the measured order, bench-notes/regex.md). `re2` explicitly asked for but missing is an error.
 */
export async function resolveRegexBackend(choice: RegexEngineChoice = 'auto'): Promise<RegexBackend> {
  if (choice === 're2js') return re2jsBackend;
  if (choice === 'v8') return withRe2jsFallback(v8Backend);
  const native = await loadNativeBackend(re2GroupCount);
  if (native) return native;
  if (choice === 're2') {
    throw new StanchError('regexEngine "re2": the native re2 addon is not installed; use "auto" or "re2js"');
  }
  return re2jsBackend;
}

/** V8 cannot express every RE2 construct; those few patterns run on re2js instead. */
function withRe2jsFallback(primary: RegexBackend): RegexBackend {
  return {
    name: primary.name,
    compile(source: string): CompiledRegex {
      try {
        return primary.compile(source);
      } catch (err) {
        if (err instanceof UnsupportedSyntax || err instanceof SyntaxError) return re2jsBackend.compile(source);
        throw err;
      }
    },
  };
}

export async function compileRegex(source: string, opts: { engine?: RegexEngineChoice } = {}): Promise<CompiledRegex> {
  return (await resolveRegexBackend(opts.engine ?? 'auto')).compile(source);
}

export const REGEX_ENGINES: readonly RegexEngineName[] = ['re2', 're2js', 'v8'];
