import type { Detector, DetectorOptions, FileRef, ReadOutcome } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
/** Marker in workerData so a bundle can tell a scan worker from other workers. */
export declare const SCAN_WORKER_MARK = "stanchScanWorker";
export interface ScanWorkerData {
    [SCAN_WORKER_MARK]: true;
    /** Absent for a worker started ahead of its scan (see prestartScanWorkers): a SetupRequest brings them. */
    detectorOptions?: DetectorOptions;
}
/** The first message to a worker started without detector options. */
export interface SetupRequest {
    setup: DetectorOptions;
}
/** A fragment, or a file the worker reads itself (Source.deferred). */
export type ScanItem = Fragment | FileRef;
export declare function isFileRef(item: ScanItem): item is FileRef;
export interface BatchRequest {
    id: number;
    items: ScanItem[];
}
/** Per item its findings, and for a FileRef what reading it gave (null for a fragment). */
export type BatchResponse = {
    id: number;
    findings: Finding[][];
    outcomes: (ReadOutcome | null)[];
} | {
    id: number;
    error: string;
};
/** Scans one item; a FileRef is read here. */
export declare function scanItem(detector: Detector, item: ScanItem): {
    findings: Finding[];
    outcome: ReadOutcome | null;
};
export declare function isScanWorker(): boolean;
/** Returns true (and serves batches until the parent terminates us) when running as a scan worker. */
export declare function runScanWorkerIfWorker(): boolean;
