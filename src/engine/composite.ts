/**
 * Composite rules (gitleaks `[[rules.required]]`, v8.28): a finding of a primary rule is kept only
 * when every rule it requires also has a finding in the same fragment, near enough. This module is
 * the pure part: which rules a detector must run for them, and the proximity test. The detector
 * gathers the required rules' findings while it scans (RuleDetector.collectRequired).
 */
import type { RequiredFinding } from '../model/finding.js';
import type { RequiredRule, Rule } from '../model/rule.js';

/** Where a finding's match starts, and in which layer of decoding it was found (0: the text itself). */
export interface MatchPlace {
  line: number;
  column: number;
  depth: number;
  /** false for a path-only rule's finding: it flags a file, not a place in it. */
  positioned: boolean;
}

/** A finding of a required rule, with its place for the proximity test. */
export interface RequiredCandidate {
  finding: RequiredFinding;
  place: MatchPlace;
}

/**
 * At most this many findings of each required rule are attached to a primary finding: without a
 * cap, a file with many matches of both rules would attach all of them to every primary finding.
 */
const MAX_ATTACHED = 8;

/**
 * Whether a required rule's finding at `found` is near enough to a primary finding at `primary`.
 * With no limit, anywhere in the fragment. withinLines bounds the line distance. withinColumns
 * asks for the same line (columns restart on every line, so columns on different lines say
 * nothing about distance: gitleaks' within_proximity_test) and bounds the column distance.
 * Both must come from the same layer of decoding: gitleaks runs a required rule on the text of the
 * decoding pass where the primary matched. A path-only finding has no place: no limit applies.
 */
export function withinProximity(primary: MatchPlace, found: MatchPlace, req: RequiredRule): boolean {
  if (!primary.positioned || !found.positioned) return true;
  if (primary.depth !== found.depth) return false;
  const lines = Math.abs(primary.line - found.line);
  if (req.withinLines !== undefined && lines > req.withinLines) return false;
  if (req.withinColumns !== undefined && (lines !== 0 || Math.abs(primary.column - found.column) > req.withinColumns)) return false;
  return true;
}

/**
 * The required findings that satisfy `required` for a primary finding at `at`, nearest first and
 * at most MAX_ATTACHED per required rule; null when a required rule has none in reach (then the
 * primary finding is dropped). `byRule`: the fragment's required findings by rule id.
 */
export function requiredFindingsFor(
  at: MatchPlace,
  required: readonly RequiredRule[],
  byRule: ReadonlyMap<string, readonly RequiredCandidate[]>,
): RequiredFinding[] | null {
  const out: RequiredFinding[] = [];
  for (const req of required) {
    const near = (byRule.get(req.id) ?? []).filter((c) => withinProximity(at, c.place, req));
    if (near.length === 0) return null;
    if (near.length > 1) near.sort((a, b) => lineDistance(at, a.place) - lineDistance(at, b.place) || columnDistance(at, a.place) - columnDistance(at, b.place));
    for (let k = 0; k < near.length && k < MAX_ATTACHED; k++) out.push(near[k].finding);
  }
  return out;
}

const lineDistance = (a: MatchPlace, b: MatchPlace): number => Math.abs(a.line - b.line);
const columnDistance = (a: MatchPlace, b: MatchPlace): number => Math.abs(a.column - b.column);

/**
 * Rules a detector runs only for composite rules: those a reporting rule requires that do not
 * report themselves (`skipReport`, or left out by include/exclude rules or `disabledRules`: those
 * choose what is reported, not what a composite rule is made of). Ids naming no rule in `all` stay
 * unmet: loading a config rejects them, a config built in code may still have them.
 */
export function requiredOnlyRules(reporting: readonly Rule[], all: readonly Rule[]): Rule[] {
  const reported = new Set(reporting.map((r) => r.id));
  const wanted = new Set<string>();
  for (const r of reporting) for (const req of r.required ?? []) if (!reported.has(req.id)) wanted.add(req.id);
  return all.filter((r) => wanted.has(r.id));
}
