// Reads stanch and gitleaks JSON reports into {path, startLine, endLine, ruleId, commit}.
// Values (Secret/Match) are never read out of the reports.
import fs from 'node:fs';
import path from 'node:path';

function normPath(p, root) {
  let s = String(p ?? '');
  if (root && path.isAbsolute(s)) s = path.relative(root, s);
  return s.replace(/^\.\//, '').split(path.sep).join('/');
}

/** gitleaks --report-format json: an array of {File, StartLine, EndLine, RuleID, Commit}. */
export function readGitleaks(file, root) {
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) ?? [];
  return rows.map((r) => ({ path: normPath(r.File, root), startLine: r.StartLine, endLine: r.EndLine, ruleId: r.RuleID, commit: r.Commit || undefined }));
}

/** stanch --format json: an array of findings or an object holding `findings`. */
export function readStanch(file, root) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const rows = Array.isArray(doc) ? doc : (doc.findings ?? doc.results ?? []);
  return rows.map((r) => ({
    path: normPath(r.path ?? r.file ?? r.File, root),
    startLine: r.startLine ?? r.line ?? r.StartLine,
    endLine: r.endLine ?? r.EndLine ?? r.startLine ?? r.line,
    ruleId: r.ruleId ?? r.rule ?? r.RuleID,
    commit: typeof r.commit === 'string' ? r.commit : (r.commit?.sha ?? r.Commit ?? undefined),
  }));
}

/**
 * Recall of make-tree/make-repo planted secrets: one planted entry is found when a finding
 * has its path, overlaps its lines (a PEM block spans BEGIN..END: the value's line count is
 * used, never the value) and, for history, names its commit.
 */
export function plantedRecall(planted, findings, { needCommit }) {
  const byPath = new Map();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const missed = {};
  let found = 0;
  for (const p of planted) {
    const last = p.line + (typeof p.secret === 'string' ? p.secret.split('\n').length - 1 : 0);
    const ok = (byPath.get(p.path) ?? []).some((f) => f.startLine <= last && (f.endLine ?? f.startLine) >= p.line && (!needCommit || !f.commit || f.commit === p.commit));
    if (ok) found++;
    else missed[p.kind] = (missed[p.kind] ?? 0) + 1;
  }
  const plantedKeys = new Set(planted.map((p) => `${p.path}:${p.line}`));
  const other = findings.filter((f) => !plantedKeys.has(`${f.path}:${f.startLine}`)).length;
  return { planted: planted.length, found, missed, other };
}
