import type { Detector, DetectorOptions, Source } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import { type Baseline, type BaselineEntry } from '../baseline/baseline.js';
export interface ScanProgress {
    fragments: number;
    /** Characters of text scanned so far (≈ bytes for ASCII). */
    bytes: number;
    findings: number;
}
export interface ScanSourceOptions {
    source: Source;
    /** A ready detector (in-thread scanning). */
    detector?: Detector;
    /** Serializable detector options; needed for workers (and used in-thread if no detector). */
    detectorOptions?: DetectorOptions;
    baseline?: Baseline;
    /** Threads to scan with, this one included; 0 or 1 = this thread alone. */
    workers?: number;
    /** Script that calls runScanWorkerIfWorker() on start (the running bundle). Without it: no workers. */
    workerScript?: string | URL;
    /** Text size after which workers are started. Default 8 MiB: below that, building a detector per worker costs more than it saves. */
    workerThreshold?: number;
    onProgress?: (p: ScanProgress) => void;
}
export interface ScanStats {
    files: number;
    bytes: number;
    skipped: number;
}
export interface ScanResult {
    findings: Finding[];
    stats: ScanStats;
    /** Findings hidden because the baseline lists them. */
    suppressed: number;
    /** Baseline entries that matched nothing in this scan. */
    stale: BaselineEntry[];
    /** How many threads scanned: this one and workersUsed - 1 worker threads (0 = this thread alone). */
    workersUsed: number;
}
export declare function scanSource(opts: ScanSourceOptions): Promise<ScanResult>;
