/**
 * Scan workers: each builds its own detector from the serializable DetectorOptions
 * and scans batches of fragments sent by scanSource. A bundle (CLI, Action) uses
 * itself as the worker script: its entry calls `runScanWorkerIfWorker()` first and
 * stops there when it is running as a worker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Detector, DetectorOptions, FileRef, ReadOutcome } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
import { createDetector } from '../engine/detector.js';
import { readWholeFile } from '../sources/read-file.js';

/** Marker in workerData so a bundle can tell a scan worker from other workers. */
export const SCAN_WORKER_MARK = 'stanchScanWorker';

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

export function isFileRef(item: ScanItem): item is FileRef {
  return (item as FileRef).file !== undefined;
}

export interface BatchRequest {
  id: number;
  items: ScanItem[];
}

/** Per item its findings, and for a FileRef what reading it gave (null for a fragment). */
export type BatchResponse = { id: number; findings: Finding[][]; outcomes: (ReadOutcome | null)[] } | { id: number; error: string };

/** Scans one item; a FileRef is read here. */
export function scanItem(detector: Detector, item: ScanItem): { findings: Finding[]; outcome: ReadOutcome | null } {
  if (!isFileRef(item)) return { findings: detector.scan(item), outcome: null };
  const read = readWholeFile(item);
  if (!('fragment' in read)) return { findings: [], outcome: read };
  return { findings: detector.scan(read.fragment), outcome: { bytes: read.bytes } };
}

export function isScanWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && workerData[SCAN_WORKER_MARK] === true;
}

/** Returns true (and serves batches until the parent terminates us) when running as a scan worker. */
export function runScanWorkerIfWorker(): boolean {
  if (!isScanWorker()) return false;
  const data = workerData as ScanWorkerData;
  const port = parentPort!;
  // Loading the built-in rules registers their ahead-of-time V8 translations, which is what makes
  // the `auto` engine run them on V8 here too (the options carry the rules, not the table).
  let setup: (options: DetectorOptions) => void = () => {};
  const options: Promise<DetectorOptions> = data.detectorOptions !== undefined ? Promise.resolve(data.detectorOptions) : new Promise((resolve) => (setup = resolve));
  const ready: Promise<Detector> = import('../rules/load.js').then(async ({ builtinRules }) => {
    builtinRules();
    return createDetector(await options);
  });
  port.on('message', (req: BatchRequest | SetupRequest) => {
    if ('setup' in req) {
      setup(req.setup);
      return;
    }
    ready
      .then((detector) => {
        const findings: Finding[][] = [];
        const outcomes: (ReadOutcome | null)[] = [];
        for (const item of req.items) {
          const r = scanItem(detector, item);
          findings.push(r.findings);
          outcomes.push(r.outcome);
        }
        port.postMessage({ id: req.id, findings, outcomes } satisfies BatchResponse);
      })
      .catch((e: unknown) => {
        // Message only: never a fragment's text (it may hold a secret).
        port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies BatchResponse);
      });
  });
  return true;
}
