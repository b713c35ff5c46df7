import type { Finding } from '../model/finding.js';
import type { ReportContext, Reporter } from '../model/contracts.js';
import { presentFindings } from './present.js';

/** A JSON array of findings (redacted unless showSecrets). */
export const jsonReporter: Reporter = {
  format: 'json',
  render(findings: readonly Finding[], ctx: ReportContext): string {
    return JSON.stringify(presentFindings(findings, ctx.showSecrets), null, 2) + '\n';
  },
};

/** One JSON object per line; streams well into log pipelines. */
export const jsonlReporter: Reporter = {
  format: 'jsonl',
  render(findings: readonly Finding[], ctx: ReportContext): string {
    return presentFindings(findings, ctx.showSecrets).map((p) => JSON.stringify(p) + '\n').join('');
  },
};
