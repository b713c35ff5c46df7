import type { Command } from 'commander';
import { type Baseline } from '../../baseline/baseline.js';
import type { Source, SkipNotice } from '../../model/contracts.js';
import type { Finding } from '../../model/finding.js';
import type { StanchConfig } from '../../model/rule.js';
import { type Severity } from '../../model/severity.js';
import { type ScanResult } from '../../pipeline/scan.js';
import { DEFAULT_FAIL_ON } from '../../pipeline/fail-policy.js';
/** Options shared by every command that scans and reports. */
export interface ScanCliOptions {
    format: string;
    report?: string;
    config?: string;
    baseline?: string;
    minConfidence?: string;
    showSecrets?: boolean;
    exitCode: string;
    failOn?: string;
    quiet?: boolean;
    verbose?: boolean;
    workers?: string;
    progress: boolean;
}
export declare function addScanOptions(cmd: Command): Command;
/** Where config is looked up: a scanned directory that has one, else the cwd. */
export declare function configDirFor(paths: readonly string[], cwd: string): string;
export interface PreparedScan {
    config: StanchConfig;
    minConfidence?: number;
    baseline?: Baseline;
    workers: number;
}
export declare function prepareScan(opts: Pick<ScanCliOptions, 'config' | 'baseline' | 'minConfidence' | 'workers'> & {
    format?: string;
}, configDir: string, cwd: string): PreparedScan;
export declare function readBaselineFile(abs: string, shown: string): Baseline;
/** Runs the scan with a progress bar on stderr (TTY only). */
export declare function runScan(source: Source, prepared: PreparedScan, opts: {
    quiet?: boolean;
    progress?: boolean;
    label?: string;
}): Promise<ScanResult>;
/** Full scan command: scan, write the report, print notices; returns the exit code. */
export declare function runScanAndReport(args: {
    source: Source;
    opts: ScanCliOptions;
    configDir: string;
    cwd: string;
    skips?: SkipNotice[];
    label?: string;
}): Promise<number>;
export { DEFAULT_FAIL_ON };
/** Exit code: `exitCode` when the findings fail the check at `failOn` (src/pipeline/fail-policy.ts), else 0. */
export declare function failingExitCode(findings: readonly Finding[], opts: {
    failOn?: Severity;
    exitCode: number;
}): number;
