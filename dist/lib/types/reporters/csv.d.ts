import type { Reporter } from '../model/contracts.js';
/** RFC 4180 CSV (CRLF line ends), with spreadsheet formula injection neutralised. */
export declare const csvReporter: Reporter;
/**
 * A cell as RFC 4180 wants it. Text starting with = + - @ (or tab/CR, which some
 * spreadsheets also evaluate) gets a leading apostrophe so a crafted path or secret
 * cannot run as a formula when the report is opened in a spreadsheet.
 */
export declare function csvCell(value: string | number): string;
