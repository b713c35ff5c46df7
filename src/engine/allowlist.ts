/**
 * Allowlists with gitleaks semantics: each non-empty criterion (commits, paths, regexes against
 * the regexTarget, stopwords in the secret) is a check; condition OR allows a finding when any
 * check holds, AND when all non-empty checks hold.
 */
import type { Allowlist } from '../model/rule.js';
import type { CompiledRegex, RegexBackend } from './regex/index.js';

export interface AllowCandidate {
  secret: string;
  match: string;
  line: string;
  path: string;
  commit?: string;
}

export class CompiledAllowlist {
  private readonly regexes: CompiledRegex[];
  private readonly paths: CompiledRegex[];
  private readonly stopwords: string[];
  private readonly commits: Set<string>;

  constructor(
    readonly spec: Allowlist,
    backend: RegexBackend,
  ) {
    this.regexes = spec.regexes.map((r) => backend.compile(r));
    this.paths = spec.paths.map((r) => backend.compile(r));
    this.stopwords = spec.stopwords.map((s) => s.toLowerCase());
    this.commits = new Set(spec.commits.map((c) => c.toLowerCase()));
  }

  /** True when this allowlist allows the whole path (so a fragment can be skipped before scanning). */
  allowsPathAlone(path: string, commit?: string): boolean {
    const s = this.spec;
    if (s.condition === 'OR') return this.pathMatches(path) || this.commitMatches(commit);
    // AND: only when path/commit are the only criteria and both hold.
    if (s.regexes.length || s.stopwords.length) return false;
    return (s.paths.length === 0 || this.pathMatches(path)) && (s.commits.length === 0 || this.commitMatches(commit));
  }

  allows(c: AllowCandidate): boolean {
    const checks: boolean[] = [];
    if (this.commits.size) checks.push(this.commitMatches(c.commit));
    if (this.paths.length) checks.push(this.pathMatches(c.path));
    if (this.regexes.length) {
      const target = this.spec.regexTarget === 'match' ? c.match : this.spec.regexTarget === 'line' ? c.line : c.secret;
      checks.push(this.regexes.some((r) => r.exec(target, 0) !== null));
    }
    if (this.stopwords.length) {
      const secret = c.secret.toLowerCase();
      checks.push(this.stopwords.some((w) => secret.includes(w)));
    }
    if (checks.length === 0) return false;
    return this.spec.condition === 'AND' ? checks.every(Boolean) : checks.some(Boolean);
  }

  private pathMatches(path: string): boolean {
    return this.paths.some((r) => r.exec(path, 0) !== null);
  }

  private commitMatches(commit?: string): boolean {
    return commit !== undefined && this.commits.has(commit.toLowerCase());
  }
}

/** Inline suppressions honoured on any line of a finding. */
const INLINE_ALLOW = /stanch:allow|gitleaks:allow|pragma: ?allowlist secret/;
/** Strings every inline suppression holds: a text without one of them has none (see RulePrefilter markers). */
export const INLINE_ALLOW_MARKERS: readonly string[] = ['stanch:allow', 'gitleaks:allow', 'allowlist secret'];

export function hasInlineAllow(lines: string): boolean {
  // Every marker holds "allow": a plain substring search first is far cheaper than the regex
  // over a whole file, which has no literal prefix to skip ahead with.
  return lines.includes('allow') && INLINE_ALLOW.test(lines);
}
