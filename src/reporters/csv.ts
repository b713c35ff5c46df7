import type { Finding } from '../model/finding.js';
import type { ReportContext, Reporter } from '../model/contracts.js';
import { presentFindings, type PresentedFinding } from './present.js';

const COLUMNS: ReadonlyArray<[string, (p: PresentedFinding) => string | number]> = [
  ['rule_id', (p) => p.ruleId],
  ['description', (p) => p.description],
  ['severity', (p) => p.severity],
  ['confidence', (p) => p.confidence],
  ['path', (p) => p.path],
  ['start_line', (p) => p.startLine],
  ['end_line', (p) => p.endLine],
  ['start_column', (p) => p.startColumn],
  ['end_column', (p) => p.endColumn],
  ['secret', (p) => p.secret],
  ['match', (p) => p.match],
  ['fingerprint', (p) => p.fingerprint],
  ['commit', (p) => p.commit?.sha ?? ''],
  ['author', (p) => p.commit?.author ?? ''],
  ['email', (p) => p.commit?.email ?? ''],
  ['date', (p) => p.commit?.date ?? ''],
  ['tags', (p) => p.tags.join(' ')],
];

/** RFC 4180 CSV (CRLF line ends), with spreadsheet formula injection neutralised. */
export const csvReporter: Reporter = {
  format: 'csv',
  render(findings: readonly Finding[], ctx: ReportContext): string {
    const rows = [COLUMNS.map(([name]) => name)];
    for (const p of presentFindings(findings, ctx.showSecrets)) {
      rows.push(COLUMNS.map(([, get]) => csvCell(get(p))));
    }
    return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
  },
};

/**
 * A cell as RFC 4180 wants it. Text starting with = + - @ (or tab/CR, which some
 * spreadsheets also evaluate) gets a leading apostrophe so a crafted path or secret
 * cannot run as a formula when the report is opened in a spreadsheet.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}
