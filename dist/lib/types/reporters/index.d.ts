import type { Reporter } from '../model/contracts.js';
export declare const REPORT_FORMATS: readonly ["text", "json", "jsonl", "sarif", "csv", "junit"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface CreateReporterOptions {
    /** Text format only: ANSI colours. */
    color?: boolean;
}
export declare function isReportFormat(s: string): s is ReportFormat;
export declare function createReporter(format: string, opts?: CreateReporterOptions): Reporter;
export { presentFinding, presentFindings, type PresentedFinding } from './present.js';
export { summaryLine } from './text.js';
