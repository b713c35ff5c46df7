import type { Reporter } from '../model/contracts.js';
import { EXIT, StanchError } from '../model/errors.js';
import { csvReporter } from './csv.js';
import { jsonReporter, jsonlReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { createTextReporter } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'jsonl', 'sarif', 'csv', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CreateReporterOptions {
  /** Text format only: ANSI colours. */
  color?: boolean;
}

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

export function createReporter(format: string, opts: CreateReporterOptions = {}): Reporter {
  switch (format) {
    case 'text':
      return createTextReporter({ color: opts.color });
    case 'json':
      return jsonReporter;
    case 'jsonl':
      return jsonlReporter;
    case 'sarif':
      return sarifReporter;
    case 'csv':
      return csvReporter;
    case 'junit':
      return junitReporter;
    default:
      throw new StanchError(`unknown report format "${format}" (expected one of: ${REPORT_FORMATS.join(', ')})`, EXIT.USAGE);
  }
}

export { presentFinding, presentFindings, type PresentedFinding } from './present.js';
export { summaryLine } from './text.js';
