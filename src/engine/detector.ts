/**
 * The detector: fragment in, findings out. Per fragment: keyword prefilter → rule regexes, tried
 * only where keyword occurrences let a match start when the rule allows it (else on the keywords'
 * lines, else over the whole text; multi-line matches work) → validity (entropy, checksum,
 * placeholder) → the same over decoded segments, recursively → dedupe overlaps (the most specific
 * rule wins) → allowlists, inline suppressions, ignored fingerprints, min confidence.
 * Composite rules (`[[rules.required]]`) drop their findings that lack a required one nearby before
 * the dedupe; that work is done only when the config has them (see collectRequired).
 * Built from a plain StanchConfig, so a worker thread can construct its own.
 *
 * Reported lines/columns are those of the whole regex match (as gitleaks, so `.gitleaksignore`
 * `path:rule:line` keys line up); for a decoded finding they point at the encoded text, while
 * `secret`/`match` hold the decoded values and `decodedFrom` the decoders applied.
 */
import type { Detector, DetectorOptions } from '../model/contracts.js';
import type { Finding, RequiredFinding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
import type { Allowlist, Rule } from '../model/rule.js';
import { CompiledAllowlist, hasInlineAllow, INLINE_ALLOW_MARKERS } from './allowlist.js';
import { verifyChecksum } from './checksums.js';
import { requiredFindingsFor, requiredOnlyRules, type MatchPlace, type RequiredCandidate } from './composite.js';
import { DECODERS, findDecodedSegments, tokenRunsRequest, type DecodedSegment } from './decoders/index.js';
import { shannonEntropy } from './entropy.js';
import { fingerprint } from './fingerprint.js';
import { LineIndex } from './lines.js';
import { matchesNear, matchesOf } from './matches.js';
import { isPlaceholderSecret } from './placeholder.js';
import { charTable, RulePrefilter } from './prefilter.js';
import { NEAR_REACH_MAX, resolveRegexBackend, type CompiledRegex, type RegexBackend, type RegexMatch } from './regex/index.js';

/**
 * A rule with its regexes compiled on first use: most rules are never selected by the prefilter
 * in a short run (a pre-push hook), and compiling all ~330 up front cost ~0.2 s of start-up.
 * Rule regexes were validated when the config was loaded, so a late compile does not fail.
 */
class CompiledRule {
  readonly generic: boolean;
  /** For matchesNear: how far past each start one try looks (the width of a lone keyword's start range). */
  readonly nearReach: number;
  /** The rule's keywordLeadChars and keywordFollowChars as RulePrefilter.starts reads them (null: any char). */
  readonly leadChars: Uint8Array | null;
  readonly followChars: Uint8Array | null;
  private compiledRegex: CompiledRegex | null | undefined;
  private compiledPath: CompiledRegex | null | undefined;
  private compiledAllowlists: CompiledAllowlist[] | undefined;

  constructor(
    readonly rule: Rule,
    readonly order: number,
    private readonly backend: RegexBackend,
  ) {
    this.generic = isGeneric(rule);
    const lead = rule.keywordLead;
    this.leadChars = rule.keywordLeadChars !== undefined ? charTable(rule.keywordLeadChars) : null;
    this.followChars = rule.keywordFollowChars !== undefined ? charTable(rule.keywordFollowChars) : null;
    this.nearReach = typeof lead === 'number' ? Math.max(0, Math.min(NEAR_REACH_MAX, lead - Math.min(...rule.keywords.map((k) => k.length)))) : 0;
  }

  get regex(): CompiledRegex | null {
    if (this.compiledRegex === undefined) this.compiledRegex = this.rule.regex !== undefined ? this.backend.compile(this.rule.regex) : null;
    return this.compiledRegex;
  }

  get path(): CompiledRegex | null {
    if (this.compiledPath === undefined) this.compiledPath = this.rule.path !== undefined ? this.backend.compile(this.rule.path) : null;
    return this.compiledPath;
  }

  get allowlists(): CompiledAllowlist[] {
    this.compiledAllowlists ??= this.rule.allowlists.map((a) => new CompiledAllowlist(a, this.backend));
    return this.compiledAllowlists;
  }
}

/**
 * A validated match; spans are offsets in the fragment text (mapped back through decoders).
 * start/end: the secret (used to dedupe); matchStart/matchEnd: the whole match, which gives the
 * reported line and columns like gitleaks (so .gitleaksignore `path:rule:line` keys line up).
 */
interface Hit {
  rule: CompiledRule;
  start: number;
  end: number;
  matchStart: number;
  matchEnd: number;
  secret: string;
  match: string;
  entropy: number;
  decodedFrom: string[];
  /** Composite rules: the required findings that let this hit stand. */
  required?: RequiredFinding[];
}

/** A path-only rule's hit: the whole file, no span. */
function pathHit(rule: CompiledRule): Hit {
  return { rule, start: 0, end: 0, matchStart: 0, matchEnd: 0, secret: '', match: '', entropy: 0, decodedFrom: [] };
}

/** Moves a hit found in a decoded segment's text back onto the text the segment was decoded from. */
function fromSegment(h: Hit, seg: DecodedSegment): Hit {
  h.start = seg.start + seg.map[h.start];
  h.end = seg.start + seg.map[h.end];
  h.matchStart = seg.start + seg.map[h.matchStart];
  h.matchEnd = seg.start + seg.map[h.matchEnd];
  if (h.end <= h.start) h.end = seg.end;
  if (h.matchEnd <= h.matchStart) h.matchEnd = seg.end;
  h.decodedFrom.unshift(seg.kind);
  return h;
}

/**
 * Composite rules of a detector, by compiled rule index: the indexes of the rules each one
 * requires (an id naming no rule has none, and stays unmet), and whether some rule requires it.
 */
interface CompositePlan {
  requires: (number[] | undefined)[];
  isRequired: boolean[];
}

function compositePlan(compiled: readonly CompiledRule[]): CompositePlan | null {
  if (!compiled.some((c) => c.rule.required?.length)) return null;
  const indexOf = new Map(compiled.map((c) => [c.rule.id, c.order]));
  const isRequired = new Array<boolean>(compiled.length).fill(false);
  const requires = compiled.map((c) => {
    if (!c.rule.required?.length) return undefined;
    const indexes = c.rule.required.flatMap(({ id }) => indexOf.get(id) ?? []);
    for (const i of indexes) isRequired[i] = true;
    return indexes;
  });
  return { requires, isRequired };
}

/** A hit's reported place: 0-based first and last line, the text of those lines, 1-based lines and columns. */
interface Placed {
  first: number;
  last: number;
  lineText: string;
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
}

/**
 * The lines of one fragment with hits, and its inline suppressions looked up once per line (hits
 * often share a line, which can be a 100 KB minified one), only when the keyword pass saw a marker.
 */
class FragmentLines {
  private readonly lines: LineIndex;
  private readonly allowedLines = new Map<number, boolean>();

  constructor(
    readonly fragment: Fragment,
    private readonly mayAllow: boolean,
  ) {
    this.lines = new LineIndex(fragment.text);
  }

  private lineNo(idx: number): number {
    return this.fragment.lineNumbers?.[idx] ?? (this.fragment.startLine ?? 1) + idx;
  }

  place(h: Hit): Placed {
    const lines = this.lines;
    const first = lines.lineOf(h.matchStart);
    const lastChar = Math.max(h.matchStart, h.matchEnd - 1);
    const last = lines.lineOf(lastChar);
    return {
      first,
      last,
      lineText: lines.linesText(first, last),
      startLine: this.lineNo(first),
      endLine: this.lineNo(last),
      startColumn: h.matchStart - lines.lineStart(first) + 1,
      endColumn: lastChar - lines.lineStart(last) + 1,
    };
  }

  /** Whether an inline marker (`stanch:allow`…) on the hit's lines suppresses it. */
  inlineAllowed(p: Placed): boolean {
    if (!this.mayAllow) return false;
    let allowed = p.first === p.last ? this.allowedLines.get(p.first) : undefined;
    if (allowed === undefined) {
      allowed = hasInlineAllow(p.lineText);
      if (p.first === p.last) this.allowedLines.set(p.first, allowed);
    }
    return allowed;
  }
}

/**
 * matchesNear is used while start ranges are fewer than one per this many chars of text: a run of
 * the regex costs about as much as this many chars of a whole-text search.
 */
const NEAR_RANGE_COST = 64;

function isGeneric(rule: Rule): boolean {
  return rule.id.startsWith('generic') || rule.tags.includes('generic');
}

/** Secret span: the configured group, else the first group that matched non-empty, else the whole match. */
function secretSpan(rule: Rule, spans: number[], groupCount: number): [number, number] {
  const g = rule.secretGroup;
  if (g !== undefined && g > 0) return [spans[2 * g], spans[2 * g + 1]];
  if (g === undefined) {
    for (let k = 1; k <= groupCount; k++) {
      const s = spans[2 * k];
      if (s >= 0 && spans[2 * k + 1] > s) return [s, spans[2 * k + 1]];
    }
  }
  return [spans[0], spans[1]];
}

/** Which of two overlapping hits to keep: higher confidence, then a specific rule over a generic one, then rule order. */
function better(a: Hit, b: Hit): Hit {
  if (a.rule.rule.confidence !== b.rule.rule.confidence) return a.rule.rule.confidence > b.rule.rule.confidence ? a : b;
  if (a.rule.generic !== b.rule.generic) return a.rule.generic ? b : a;
  if (a.decodedFrom.length !== b.decodedFrom.length) return a.decodedFrom.length < b.decodedFrom.length ? a : b;
  return a.rule.order <= b.rule.order ? a : b;
}

function dedupe(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    const overlaps = last !== undefined && h.start < last.end && h.end > last.start;
    // Two empty hits at one place (path-only rules flagging the same file) are one finding; an
    // empty hit next to a match starting there is not.
    const sameEmpty = last !== undefined && h.start === h.end && last.start === last.end && last.start === h.start;
    if (overlaps || sameEmpty) kept[kept.length - 1] = better(last, h);
    else kept.push(h);
  }
  return kept;
}

class RuleDetector implements Detector {
  readonly rules: readonly Rule[];
  private readonly compiled: CompiledRule[];
  /** Rules with a `path` regex, and those with only a path (a finding per matching file). */
  private readonly withPath: CompiledRule[];
  private readonly pathOnly: CompiledRule[];
  private readonly prefilter: RulePrefilter;
  private readonly globalAllowlists: CompiledAllowlist[];
  private readonly ignored: Set<string>;
  private readonly maxDepth: number;
  private readonly minConfidence: number;
  /** Composite rules (null: the config has none, as the built-in rules). */
  private readonly composite: CompositePlan | null;
  /** Path-only rules that only serve composite rules (they report nothing themselves). */
  private readonly pathOnlyRequired: CompiledRule[];
  /** Whether the fragment being scanned holds an inline suppression marker (from its keyword pass). */
  private mayAllow = true;

  constructor(opts: DetectorOptions, backend: RegexBackend) {
    const { config } = opts;
    const include = new Set(opts.includeRules ?? []);
    const exclude = new Set([...(opts.excludeRules ?? []), ...config.disabledRules]);
    const active = config.rules.filter((r) => (include.size === 0 || include.has(r.id)) && !exclude.has(r.id));
    const reporting = active.filter((r) => r.skipReport !== true);
    this.rules = reporting;
    // Rules that only serve composite rules come last: the prefilter never selects them, they run
    // where a rule requiring them matched.
    this.compiled = [...reporting, ...requiredOnlyRules(reporting, config.rules)].map((rule, order) => new CompiledRule(rule, order, backend));
    this.withPath = this.compiled.filter((c) => c.rule.path !== undefined);
    const pathOnly = this.withPath.filter((c) => c.rule.regex === undefined);
    this.pathOnly = pathOnly.filter((c) => c.order < reporting.length);
    this.pathOnlyRequired = pathOnly.filter((c) => c.order >= reporting.length);
    this.composite = compositePlan(this.compiled);
    this.prefilter = new RulePrefilter(
      reporting.map((r) => (r.regex !== undefined ? r.keywords : [])),
      reporting.map((r) => r.keywordWindow !== undefined || r.keywordLead !== undefined),
      INLINE_ALLOW_MARKERS,
    );
    this.globalAllowlists = config.allowlists.map((a) => new CompiledAllowlist(a, backend));
    this.ignored = new Set(config.ignoredFingerprints);
    this.maxDepth = Math.max(0, config.maxDecodeDepth ?? 2);
    this.minConfidence = opts.minConfidence ?? 0;
  }

  scan(fragment: Fragment): Finding[] {
    const commit = fragment.commit?.sha;
    if (this.globalAllowlists.some((a) => a.allowsPathAlone(fragment.path, commit))) return [];
    const pathOk = new Array<boolean>(this.compiled.length).fill(true);
    for (const c of this.withPath) pathOk[c.order] = c.path!.exec(fragment.path, 0) !== null;
    // Path-only hits first: a composite rule among them has its required rules run on the text.
    const hits: Hit[] = [];
    for (const c of this.pathOnly) if (pathOk[c.order]) hits.push(pathHit(c));
    const found = this.composite === null ? null : this.pathOnlyRequired.filter((c) => pathOk[c.order]).map(pathHit);
    this.scanText(fragment.text, 0, pathOk, hits, found);
    if (hits.length === 0) return [];
    const lines = new FragmentLines(fragment, this.mayAllow);
    const kept = found === null ? hits : this.keepSatisfied(lines, hits, found);
    return this.toFindings(lines, dedupe(kept));
  }

  /**
   * Scans one text (the fragment's, or a decoded segment's at `depth`) into `out`; with composite
   * rules, also gathers the matches of required rules into `found`.
   */
  private scanText(text: string, depth: number, pathOk: boolean[], out: Hit[], found: Hit[] | null): void {
    // The keyword pass also finds the base64/hex candidate runs when decoding follows.
    const runs = depth < this.maxDepth ? tokenRunsRequest() : null;
    const selected = this.prefilter.select(text, runs);
    if (depth === 0) this.mayAllow = this.prefilter.sawMarker();
    for (const idx of selected) {
      const c = this.compiled[idx];
      if (c.rule.regex === undefined || !pathOk[idx]) continue;
      const regex = c.regex!;
      const lead = c.rule.keywordLead;
      if (lead !== undefined && regex.execNear !== undefined) {
        const starts = this.prefilter.starts(idx, text, lead, c.leadChars, c.followChars);
        // Each start range costs a regex run; when they are dense, one pass over the text is cheaper.
        if (starts !== null && (starts.length / 2) * NEAR_RANGE_COST < text.length) {
          this.runRule(c, matchesNear(regex, text, starts, c.nearReach), text, 0, out);
          continue;
        }
      }
      const reach = c.rule.keywordWindow;
      const windows = reach === undefined ? null : this.prefilter.windows(idx, text, reach);
      if (windows === null) this.runRule(c, matchesOf(regex, text, c.rule.maxMatch), text, 0, out);
      else {
        for (let k = 0; k < windows.length; k += 2) {
          const w = text.slice(windows[k], windows[k + 1]);
          this.runRule(c, matchesOf(regex, w, c.rule.maxMatch), w, windows[k], out);
        }
      }
    }
    if (found !== null) this.collectRequired(text, selected, pathOk, out, found);
    if (depth >= this.maxDepth) return;
    for (const seg of findDecodedSegments(text, DECODERS, runs ?? undefined)) {
      const inner: Hit[] = [];
      const innerFound = found === null ? null : [];
      this.scanText(seg.text, depth + 1, pathOk, inner, innerFound);
      for (const h of inner) out.push(fromSegment(h, seg));
      if (innerFound !== null) for (const h of innerFound) found!.push(fromSegment(h, seg));
    }
  }

  /**
   * Composite rules, once the selected rules ran on `text` (their hits are `level`): keeps copies
   * of the hits of required rules in `found`, and where a rule that requires others matched, runs
   * those the keyword pass did not select: gitleaks runs a required rule whatever its keywords.
   */
  private collectRequired(text: string, selected: readonly number[], pathOk: readonly boolean[], level: readonly Hit[], found: Hit[]): void {
    const plan = this.composite!;
    let toRun: Set<number> | null = null;
    for (const h of level) {
      const i = h.rule.order;
      // A copy: the hit itself may be moved onto the encoded text once more, as one of `level`.
      if (plan.isRequired[i]) found.push({ ...h, decodedFrom: h.decodedFrom.slice() });
      for (const r of plan.requires[i] ?? []) (toRun ??= new Set()).add(r);
    }
    if (toRun === null) return;
    for (const i of selected) toRun.delete(i);
    for (const i of toRun) {
      const c = this.compiled[i];
      if (c.rule.regex !== undefined && pathOk[i]) this.runRule(c, matchesOf(c.regex!, text, c.rule.maxMatch), text, 0, found);
    }
  }

  /**
   * Drops the hits of composite rules that lack a required finding in reach, and attaches those
   * found to the others. Required findings are matches that would be reported but for
   * `skipReport`: validated, not suppressed inline nor allowlisted, before the dedupe.
   */
  private keepSatisfied(lines: FragmentLines, hits: Hit[], found: readonly Hit[]): Hit[] {
    if (!hits.some((h) => h.rule.rule.required?.length)) return hits;
    const byRule = new Map<string, RequiredCandidate[]>();
    for (const h of found) {
      const p = lines.place(h);
      if (this.suppressed(lines, h, p)) continue;
      const candidate: RequiredCandidate = {
        finding: { ruleId: h.rule.rule.id, startLine: p.startLine, endLine: p.endLine, startColumn: p.startColumn, endColumn: p.endColumn, secret: h.secret },
        place: matchPlace(h, p),
      };
      const list = byRule.get(candidate.finding.ruleId);
      if (list) list.push(candidate);
      else byRule.set(candidate.finding.ruleId, [candidate]);
    }
    return hits.filter((h) => {
      const required = h.rule.rule.required;
      if (!required?.length) return true;
      const attached = requiredFindingsFor(matchPlace(h, lines.place(h)), required, byRule);
      if (attached === null) return false;
      h.required = attached;
      return true;
    });
  }

  /** Validates one rule's matches in `text`, which starts at `offset` of the scanned text (a keyword window). */
  private runRule(c: CompiledRule, matches: Iterable<RegexMatch>, text: string, offset: number, out: Hit[]): void {
    const rule = c.rule;
    const groupCount = c.regex!.groupCount;
    for (const m of matches) {
      const [s, e] = secretSpan(rule, m.spans, groupCount);
      if (s < 0 || e <= s) continue;
      const secret = text.slice(s, e);
      const entropy = shannonEntropy(secret);
      if (rule.entropy !== undefined && entropy < rule.entropy) continue;
      if (rule.checksum !== undefined && !verifyChecksum(rule.checksum, secret)) continue;
      if (isPlaceholderSecret(secret)) continue;
      out.push({
        rule: c,
        start: offset + s,
        end: offset + e,
        matchStart: offset + m.index,
        matchEnd: offset + m.end,
        secret,
        match: text.slice(m.index, m.end),
        entropy,
        decodedFrom: [],
      });
    }
  }

  /** Whether an inline marker, the rule's allowlists or the global ones suppress a hit. */
  private suppressed(lines: FragmentLines, h: Hit, p: Placed): boolean {
    if (lines.inlineAllowed(p)) return true;
    const { fragment } = lines;
    const candidate = { secret: h.secret, match: h.match, line: p.lineText, path: fragment.path, commit: fragment.commit?.sha };
    return h.rule.allowlists.some((a) => a.allows(candidate)) || this.globalAllowlists.some((a) => a.allows(candidate));
  }

  private toFindings(lines: FragmentLines, hits: Hit[]): Finding[] {
    const { fragment } = lines;
    const commit = fragment.commit?.sha;
    const findings: Finding[] = [];
    for (const h of hits) {
      const rule = h.rule.rule;
      if (rule.confidence < this.minConfidence) continue;
      const p = lines.place(h);
      if (this.suppressed(lines, h, p)) continue;
      const fp = fingerprint(rule.id, fragment.path, h.secret);
      if (this.isIgnored(fp, fragment.path, rule.id, p.startLine, commit)) continue;
      const finding: Finding = {
        ruleId: rule.id,
        description: rule.description,
        severity: rule.severity,
        confidence: rule.confidence,
        path: fragment.path,
        startLine: p.startLine,
        endLine: p.endLine,
        startColumn: p.startColumn,
        endColumn: p.endColumn,
        match: h.match,
        secret: h.secret,
        line: p.lineText,
        fingerprint: fp,
        tags: rule.tags.slice(),
        entropy: Math.round(h.entropy * 1000) / 1000,
      };
      if (fragment.commit) finding.commit = fragment.commit;
      if (h.required) finding.required = h.required;
      if (h.decodedFrom.length) finding.decodedFrom = h.decodedFrom;
      if (rule.revokeUrl) finding.revokeUrl = rule.revokeUrl;
      findings.push(finding);
    }
    return findings;
  }

  /** Our fingerprint, or gitleaks' .gitleaksignore keys `commit:path:rule:line` and `path:rule:line`. */
  private isIgnored(fp: string, path: string, ruleId: string, line: number, commit?: string): boolean {
    if (this.ignored.size === 0) return false;
    if (this.ignored.has(fp)) return true;
    if (this.ignored.has(`${path}:${ruleId}:${line}`)) return true;
    return commit !== undefined && this.ignored.has(`${commit}:${path}:${ruleId}:${line}`);
  }
}

function matchPlace(h: Hit, p: Placed): MatchPlace {
  return { line: p.startLine, column: p.startColumn, depth: h.decodedFrom.length, positioned: h.rule.rule.regex !== undefined };
}

/** Builds a detector from plain options (serializable: safe to call inside a worker thread). */
export async function createDetector(opts: DetectorOptions): Promise<Detector> {
  const backend = await resolveRegexBackend(opts.regexEngine ?? 'auto', patternsOf(opts.config));
  return new RuleDetector(opts, backend);
}

/** Every regex a detector for `config` may compile (rules, their paths, all allowlists). */
function* patternsOf(config: DetectorOptions['config']): Generator<string> {
  const allowlisted = function* (list: readonly Allowlist[]) {
    for (const a of list) yield* [...a.regexes, ...a.paths];
  };
  for (const r of config.rules) {
    if (r.regex !== undefined) yield r.regex;
    if (r.path !== undefined) yield r.path;
    yield* allowlisted(r.allowlists);
  }
  yield* allowlisted(config.allowlists);
}
