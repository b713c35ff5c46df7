import { RE2JS } from 're2js';
import { StanchError } from '../../model/errors.js';
import { re2jsBackend } from './backend-re2js.js';
import { loadNativeBackend } from './backend-re2-native.js';
import { v8Backend, v8LinearFallbackWorks } from './backend-v8.js';
import { hasKnownTranslation } from './re2-to-js.js';
import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';

export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';
export { NEAR_REACH_MAX } from './types.js';

/** Capture-group count as RE2 sees it. */
export function re2GroupCount(source: string): number {
  return RE2JS.compile(source).groupCount();
}

/**
 * Resolves an engine choice to a backend; all of them run in linear time. `auto`, measured
 * (bench-notes/regex.md): the built-in rules run fastest on V8 with its linear-engine fallback (the
 * native addon converts the UTF-16 subject to UTF-8 on every exec), while other patterns (a user's
 * gitleaks-style rules) run far faster on the native RE2 addon than on V8's linear engine or
 * re2js. So `auto` = per pattern: built-in ones (translated ahead of time) on V8, the rest on the
 * addon when it loads; without the addon everything on V8 (re2js for what V8 cannot run
 * linearly); without V8's fallback the addon, else re2js. `re2` asked for but missing is an error.
 * `patterns`, when given, are all the patterns the backend will compile.
 */
export async function resolveRegexBackend(choice: RegexEngineChoice = 'auto', patterns?: Iterable<string>): Promise<RegexBackend> {
  if (choice === 're2js') return re2jsBackend;
  if (choice === 'v8') return v8Backend;
  // Every pattern known to be built-in: V8 alone, without loading the addon (~10 ms of a hook).
  if (choice === 'auto' && patterns !== undefined && v8LinearFallbackWorks() && [...patterns].every(hasKnownTranslation)) return v8Backend;
  const native = await loadNativeBackend(re2GroupCount);
  if (choice === 're2') {
    if (native) return native;
    throw new StanchError('regexEngine "re2": the native re2 addon is not installed; use "auto", "v8" or "re2js"');
  }
  if (!v8LinearFallbackWorks()) return native ?? re2jsBackend;
  if (!native) return v8Backend;
  return { name: 're2', compile: (source) => (hasKnownTranslation(source) ? v8Backend.compile(source) : native.compile(source)) };
}

export async function compileRegex(source: string, opts: { engine?: RegexEngineChoice } = {}): Promise<CompiledRegex> {
  return (await resolveRegexBackend(opts.engine ?? 'auto')).compile(source);
}

export const REGEX_ENGINES: readonly RegexEngineName[] = ['re2', 're2js', 'v8'];
