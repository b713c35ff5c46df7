import type { DetectorOptions } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
/** Marker in workerData so a bundle can tell a scan worker from other workers. */
export declare const SCAN_WORKER_MARK = "stanchScanWorker";
export interface ScanWorkerData {
    [SCAN_WORKER_MARK]: true;
    detectorOptions: DetectorOptions;
}
export interface BatchRequest {
    id: number;
    fragments: Fragment[];
}
export type BatchResponse = {
    id: number;
    findings: Finding[][];
} | {
    id: number;
    error: string;
};
export declare function isScanWorker(): boolean;
/** Returns true (and serves batches until the parent terminates us) when running as a scan worker. */
export declare function runScanWorkerIfWorker(): boolean;
