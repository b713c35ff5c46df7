/**
 * `stanch history`: scans every commit's added lines (all refs by default), with an optional
 * state file for incremental scheduled audits.
 */
import type { Command } from 'commander';
import { type ScanCliOptions } from '../scan-runner.js';
import { type RotateLeakedCliOptions } from './rotate.js';
interface HistoryCliOptions extends ScanCliOptions, RotateLeakedCliOptions {
    range?: string;
    all?: boolean;
    since?: string;
    state?: string;
    gitProcesses?: string;
}
export declare function register(program: Command): void;
export declare function runHistory(opts: HistoryCliOptions, cwd: string): Promise<number>;
export {};
