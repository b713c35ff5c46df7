/**
 * The one place reporters turn a Finding into what may be shown: raw values are
 * redacted with the engine's redaction function unless the user asked for
 * `--show-secrets`, and the surrounding line is cut to a window around the match
 * (a minified file can have a multi-megabyte line).
 */
import type { Finding, RequiredFinding } from '../model/finding.js';
import { REDACTION_MASK, redactSecret, redactText } from '../engine/redact.js';

/** Characters of context kept either side of the match in `line`. */
const LINE_CONTEXT = 80;

export interface PresentedFinding {
  ruleId: string;
  description: string;
  severity: Finding['severity'];
  confidence: number;
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number;
  endColumn: number;
  secret: string;
  match: string;
  line: string;
  fingerprint: string;
  tags: string[];
  entropy: number;
  commit?: Finding['commit'];
  /** Composite rules: where the required rules matched (secret redacted like the finding's). */
  required?: RequiredFinding[];
  decodedFrom?: string[];
  managed?: Finding['managed'];
  revokeUrl?: string;
}

/**
 * Presents a whole report's findings. A line can hold several secrets (`KEY=… SECRET=…`):
 * each finding's `line` and `match` are redacted with the secrets of every finding on the
 * same lines, not only its own.
 */
export function presentFindings(findings: readonly Finding[], showSecrets: boolean): PresentedFinding[] {
  if (showSecrets) return findings.map((f) => presentFinding(f, true));
  const byLine = new Map<string, Finding[]>();
  // A composite finding also counts as on the lines of its required findings, whose values it hides.
  const keys = (f: Finding) => {
    const out: string[] = [];
    for (const at of [f, ...(f.required ?? [])]) {
      for (let l = at.startLine; l <= Math.max(at.startLine, at.endLine); l++) out.push(`${f.commit?.sha ?? ''}\u0000${f.path}\u0000${l}`);
    }
    return out;
  };
  for (const f of findings) {
    for (const k of keys(f)) {
      const list = byLine.get(k);
      if (list) list.push(f);
      else byLine.set(k, [f]);
    }
  }
  return findings.map((f) => {
    const near = new Set<Finding>();
    for (const k of keys(f)) for (const g of byLine.get(k) ?? []) near.add(g);
    return presentFinding(f, false, [...near]);
  });
}

/** One finding; `sameLine` are the findings sharing its lines (for redaction), itself included or not. */
export function presentFinding(f: Finding, showSecrets: boolean, sameLine: readonly Finding[] = [f]): PresentedFinding {
  const line = clipLine(f.line, f.match);
  // A decoded secret (base64, hex…) does not appear verbatim in the line or match, so
  // replacing it there would leave the encoded form readable: hide those wholesale.
  const encoded = sameLine.some((g) => (g.decodedFrom?.length ?? 0) > 0) || (f.decodedFrom?.length ?? 0) > 0;
  // A composite rule's required values (a key id beside its key) often sit on the same line: hide them too.
  const findings = sameLine.includes(f) ? sameLine : [f, ...sameLine];
  const secrets = findings.some((g) => g.required?.length) ? [...findings, ...findings.flatMap((g) => g.required ?? [])] : findings;
  const hide = (text: string) => (showSecrets ? text : encoded ? REDACTION_MASK : redactText(text, secrets));
  const p: PresentedFinding = {
    ruleId: f.ruleId,
    description: f.description,
    severity: f.severity,
    confidence: f.confidence,
    path: f.path,
    startLine: f.startLine,
    endLine: f.endLine,
    startColumn: f.startColumn,
    endColumn: f.endColumn,
    secret: showSecrets ? f.secret : redactSecret(f.secret),
    match: hide(f.match),
    line: hide(line),
    fingerprint: f.fingerprint,
    tags: [...f.tags],
    entropy: round(f.entropy, 3),
  };
  if (f.commit) p.commit = { ...f.commit };
  if (f.required?.length) p.required = f.required.map((r) => ({ ...r, secret: showSecrets ? r.secret : redactSecret(r.secret) }));
  if (f.decodedFrom?.length) p.decodedFrom = [...f.decodedFrom];
  if (f.managed) p.managed = { ...f.managed };
  if (f.revokeUrl) p.revokeUrl = f.revokeUrl;
  return p;
}

/** "aws-key-id at 3:12, region at 4:1": where a composite finding's required rules matched. */
export function requiredSummary(required: readonly RequiredFinding[]): string {
  return required.map((r) => `${r.ruleId} at ${r.startLine}:${r.startColumn}`).join(', ');
}

/** Keeps a window of the line around the match so huge lines do not flood reports. */
function clipLine(line: string, match: string): string {
  const max = match.length + 2 * LINE_CONTEXT;
  if (line.length <= max) return line;
  const at = Math.max(0, line.indexOf(match));
  const from = Math.max(0, at - LINE_CONTEXT);
  const to = Math.min(line.length, at + match.length + LINE_CONTEXT);
  return (from > 0 ? '…' : '') + line.slice(from, to) + (to < line.length ? '…' : '');
}

function round(n: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(n * k) / k;
}
