import { RE2JS } from 're2js';
import { StanchError } from '../../model/errors.js';
import { re2jsBackend } from './backend-re2js.js';
import { loadNativeBackend } from './backend-re2-native.js';
import { v8Backend, v8LinearFallbackWorks } from './backend-v8.js';
import type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName } from './types.js';

export type { CompiledRegex, RegexBackend, RegexEngineChoice, RegexEngineName, RegexMatch } from './types.js';
export { re2ToJs, UnsupportedSyntax } from './re2-to-js.js';

/** Capture-group count as RE2 sees it. */
export function re2GroupCount(source: string): number {
  return RE2JS.compile(source).groupCount();
}

/**
 * Resolves an engine choice to a backend; all of them run in linear time. `auto` = V8 with its
 * linear-engine fallback (per pattern, re2js for what it cannot run) whenever that fallback works,
 * which it does on Node 20 and 24; else the native RE2 addon when it loads; else re2js. V8 comes
 * first because it measured fastest on our rules: the addon converts the UTF-16 subject to UTF-8 on
 * every exec (bench-notes/regex.md). `re2` explicitly asked for but missing is an error.
 */
export async function resolveRegexBackend(choice: RegexEngineChoice = 'auto'): Promise<RegexBackend> {
  if (choice === 're2js') return re2jsBackend;
  if (choice === 'v8') return v8Backend;
  if (choice === 'auto' && v8LinearFallbackWorks()) return v8Backend;
  const native = await loadNativeBackend(re2GroupCount);
  if (native) return native;
  if (choice === 're2') {
    throw new StanchError('regexEngine "re2": the native re2 addon is not installed; use "auto", "v8" or "re2js"');
  }
  return re2jsBackend;
}

export async function compileRegex(source: string, opts: { engine?: RegexEngineChoice } = {}): Promise<CompiledRegex> {
  return (await resolveRegexBackend(opts.engine ?? 'auto')).compile(source);
}

export const REGEX_ENGINES: readonly RegexEngineName[] = ['re2', 're2js', 'v8'];
