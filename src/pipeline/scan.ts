/**
 * scanSource: the one scan loop the CLI, the Action and the hooks share.
 * Fragments from any Source go through a detector — in this thread for small scans,
 * or spread over worker threads (one detector each, built from the serializable
 * DetectorOptions) once the input is big enough to pay for their start-up. Findings
 * come back column-corrected, deduplicated, sorted, and filtered by the baseline.
 */
import { Worker } from 'node:worker_threads';
import type { Detector, DetectorOptions, FileRef, ReadOutcome, Source } from '../model/contracts.js';
import type { Finding } from '../model/finding.js';
import type { Fragment } from '../model/fragment.js';
import { EXIT, StanchError } from '../model/errors.js';
import { createDetector } from '../engine/detector.js';
import { applyBaseline, type Baseline, type BaselineEntry } from '../baseline/baseline.js';
import { dedupeFindings, shiftColumns, sortFindings } from './findings.js';
import { stopPrestarted, takePrestarted } from './prestart.js';
import { isFileRef, scanItem, SCAN_WORKER_MARK, type BatchRequest, type BatchResponse, type ScanItem, type ScanWorkerData, type SetupRequest } from './worker.js';

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

const DEFAULT_WORKER_THRESHOLD = 8 * 1024 * 1024;
/** Batches sent to a worker are about this many characters of text. */
const BATCH_CHARS = 512 * 1024;
/** Batches in flight per worker: enough to keep it busy while this thread scans a batch of its own, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

export async function scanSource(opts: ScanSourceOptions): Promise<ScanResult> {
  if (!opts.detector && !opts.detectorOptions) throw new Error('scanSource needs detector or detectorOptions');
  const progress: ScanProgress = { fragments: 0, bytes: 0, findings: 0 };
  const seenPaths = new Set<string>();
  const collected: Finding[] = [];
  const source = opts.source;
  const record = (item: ScanItem, found: Finding[], outcome: ReadOutcome | null) => {
    if (outcome !== null) source.settle?.(item as FileRef, outcome);
    if (outcome !== null && 'skip' in outcome) return;
    collected.push(...shiftColumns(found, isFileRef(item) ? {} : item));
    progress.fragments++;
    progress.bytes += outcome !== null ? outcome.bytes : (item as Fragment).text.length;
    progress.findings = collected.length;
    seenPaths.add(item.path);
    opts.onProgress?.({ ...progress });
  };

  const wantWorkers = (opts.workers ?? 0) > 1 && opts.workerScript !== undefined && opts.detectorOptions !== undefined;
  // With workers, files are read where they are scanned: their text never crosses threads.
  const items: AsyncIterable<ScanItem> = wantWorkers && source.deferred && source.settle ? source.deferred() : source.fragments();
  const iterator = items[Symbol.asyncIterator]();
  const threshold = opts.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;

  // Look ahead until we know whether the input is big enough for workers.
  const head: ScanItem[] = [];
  let headChars = 0;
  let exhausted = false;
  if (wantWorkers) {
    while (headChars < threshold) {
      const r = await iterator.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      head.push(r.value);
      headChars += isFileRef(r.value) ? r.value.size : r.value.text.length;
    }
  }

  let workersUsed = 0;
  if (wantWorkers && !exhausted) {
    workersUsed = opts.workers!;
    // This thread is one of the scanners: it starts at once while the worker threads boot
    // (~0.1 s each), and one thread fewer to boot and feed.
    const pool = new WorkerPool(opts.workerScript!, opts.detectorOptions!, workersUsed - 1, opts.detector ?? (await createDetector(opts.detectorOptions!)));
    try {
      await pool.run(withHead(head, iterator), record);
    } finally {
      await pool.close();
      stopPrestarted();
    }
  } else {
    stopPrestarted();
    const detector = opts.detector ?? (await createDetector(opts.detectorOptions!));
    for await (const item of withHead(head, iterator)) {
      const r = scanItem(detector, item);
      record(item, r.findings, r.outcome);
    }
  }

  const unique = sortFindings(dedupeFindings(collected));
  const base = opts.baseline ? applyBaseline(unique, opts.baseline) : { findings: unique, suppressed: 0, stale: [] };
  const sourceStats = (opts.source as { stats?: ScanStats }).stats;
  const stats: ScanStats = sourceStats
    ? { files: sourceStats.files, bytes: sourceStats.bytes, skipped: sourceStats.skipped }
    : { files: seenPaths.size, bytes: progress.bytes, skipped: 0 };
  return { findings: base.findings, stats, suppressed: base.suppressed, stale: base.stale, workersUsed };
}

async function* withHead(head: ScanItem[], rest: AsyncIterator<ScanItem>): AsyncGenerator<ScanItem> {
  yield* head;
  head.length = 0;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

interface Pending {
  items: ScanItem[];
  worker: number;
}

/**
 * A fixed set of scan workers fed in batches with bounded in-flight work, and this thread, which
 * scans a batch itself whenever every worker has enough queued.
 */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly inFlight: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private onResult: ((item: ScanItem, found: Finding[], outcome: ReadOutcome | null) => void) | undefined;

  constructor(
    script: string | URL,
    detectorOptions: DetectorOptions,
    count: number,
    private readonly local: Detector,
  ) {
    const workerData: ScanWorkerData = { [SCAN_WORKER_MARK]: true, detectorOptions };
    for (let i = 0; i < count; i++) {
      let w = takePrestarted(script);
      if (w !== undefined) w.postMessage({ setup: detectorOptions } satisfies SetupRequest);
      else w = new Worker(script, { workerData, stdout: false, stderr: false });
      w.on('message', (msg: BatchResponse) => this.handle(i, msg));
      w.on('error', (e) => this.fail(new StanchError(`scan worker failed: ${e.message.split('\n')[0]}`, EXIT.USAGE)));
      w.on('exit', (code) => {
        if (code !== 0 && this.pending.size > 0) this.fail(new StanchError(`scan worker exited with code ${code}`, EXIT.USAGE));
      });
      this.workers.push(w);
      this.inFlight.push(0);
    }
  }

  async run(items: AsyncIterable<ScanItem>, onResult: (item: ScanItem, found: Finding[], outcome: ReadOutcome | null) => void): Promise<void> {
    this.onResult = onResult;
    let batch: ScanItem[] = [];
    let chars = 0;
    for await (const item of items) {
      batch.push(item);
      chars += isFileRef(item) ? item.size : item.text.length;
      if (chars >= BATCH_CHARS) {
        await this.send(batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) await this.send(batch);
    while (this.pending.size > 0 && !this.failure) await this.waitForChange();
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private async send(items: ScanItem[]): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      let idx = -1;
      for (let i = 0; i < this.workers.length; i++) {
        if (this.inFlight[i] < IN_FLIGHT_PER_WORKER && (idx < 0 || this.inFlight[i] < this.inFlight[idx])) idx = i;
      }
      if (idx >= 0) {
        const id = this.nextId++;
        this.pending.set(id, { items, worker: idx });
        this.inFlight[idx]++;
        this.workers[idx].postMessage({ id, items } satisfies BatchRequest);
        return;
      }
      for (const item of items) {
        const r = scanItem(this.local, item);
        this.onResult!(item, r.findings, r.outcome);
      }
      // Let the workers' results in before the next batch.
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
  }

  private handle(worker: number, msg: BatchResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    this.inFlight[worker]--;
    if ('error' in msg) {
      this.fail(new StanchError(`scan worker failed: ${msg.error.split('\n')[0]}`, EXIT.USAGE));
      return;
    }
    p.items.forEach((item, i) => this.onResult!(item, msg.findings[i] ?? [], msg.outcomes[i] ?? null));
    this.notify();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private waitForChange(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
}
