/**
 * Human-readable report: findings grouped by file, then a summary line. Colour only
 * when the caller says so (the CLI decides from TTY and NO_COLOR).
 */
import type { Finding } from '../model/finding.js';
import type { ReportContext, Reporter } from '../model/contracts.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { presentFindings, requiredSummary, type PresentedFinding } from './present.js';

export interface TextReporterOptions {
  color?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', magenta: '\x1b[35m', green: '\x1b[32m' };

export function createTextReporter(opts: TextReporterOptions = {}): Reporter {
  const paint = (code: string, s: string) => (opts.color ? `${code}${s}${ANSI.reset}` : s);
  const sevColor = (s: Severity) =>
    s === 'critical' ? ANSI.magenta + ANSI.bold : s === 'high' ? ANSI.red : s === 'medium' ? ANSI.yellow : ANSI.cyan;

  return {
    format: 'text',
    render(findings: readonly Finding[], ctx: ReportContext): string {
      if (findings.length === 0) return paint(ANSI.green, 'No secrets found.') + '\n';
      const out: string[] = [];
      const presented = presentFindings(findings, ctx.showSecrets);
      const byFile = new Map<string, PresentedFinding[]>();
      for (const f of presented) {
        const list = byFile.get(f.path) ?? [];
        list.push(f);
        byFile.set(f.path, list);
      }
      for (const [path, list] of byFile) {
        out.push(paint(ANSI.bold, path));
        for (const p of list) {
          const sev = paint(sevColor(p.severity), p.severity.padEnd(8));
          out.push(`  ${`${p.startLine}:${p.startColumn}`.padEnd(9)} ${sev} ${p.ruleId}  ${p.description}`);
          out.push(paint(ANSI.dim, `            secret: ${p.secret}   fingerprint: ${p.fingerprint}`));
          const context = firstLine(p.line);
          if (context) out.push(paint(ANSI.dim, `            line: ${context}`));
          if (p.commit) {
            const who = [p.commit.author, p.commit.date].filter(Boolean).join(', ');
            out.push(paint(ANSI.dim, `            commit: ${p.commit.sha.slice(0, 12)}${who ? ` (${who})` : ''}`));
          }
          if (p.required) out.push(paint(ANSI.dim, `            requires: ${requiredSummary(p.required)}`));
          if (p.decodedFrom?.length) out.push(paint(ANSI.dim, `            decoded from: ${p.decodedFrom.join(' → ')}`));
          if (p.revokeUrl) out.push(paint(ANSI.dim, `            revoke: ${p.revokeUrl}`));
        }
        out.push('');
      }
      out.push(summaryLine(findings, byFile.size, opts.color === true));
      return out.join('\n') + '\n';
    },
  };
}

/** The (already redacted) line, first line only, trimmed for a terminal. */
function firstLine(line: string): string {
  const l = line.split(/\r?\n/)[0].trim();
  return l.length > 160 ? `${l.slice(0, 159)}…` : l;
}

/** e.g. "3 secrets found in 2 files (1 critical, 2 high)". */
export function summaryLine(findings: readonly Finding[], files: number, color = false): string {
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const n = findings.length;
  const line = `${n} secret${n === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'} (${counts})`;
  return color ? `${ANSI.bold}${ANSI.red}${line}${ANSI.reset}` : line;
}
