/**
 * Scan workers started at process start, before the scan that uses them is set up: a worker
 * boots in ~0.15 s while the process loads its config and starts scanning, so it is ready about
 * when the first batch is. Only the Worker API is loaded here, so an entry point can call this
 * before anything else.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SCAN_WORKER_MARK, type ScanWorkerData } from './worker.js';

/** Scanning threads when not told (`--workers`): the CPUs, at most 4 (past that the file reads do not keep up). */
export function defaultScanThreads(): number {
  return Math.min(availableParallelism(), 4);
}

/** Started, not yet taken by a scan. */
const prestarted: { script: string; worker: Worker; dead: boolean }[] = [];

/**
 * Starts `count` scan workers without detector options (a SetupRequest brings them). They do not
 * keep the process alive; scanSource takes them, or stops them when it scans in one thread.
 */
export function prestartScanWorkers(script: string | URL, count: number): void {
  for (let i = 0; i < count; i++) {
    const workerData: ScanWorkerData = { [SCAN_WORKER_MARK]: true };
    const entry = { script: String(script), worker: new Worker(script, { workerData, stdout: false, stderr: false }), dead: false };
    // Until a scan takes it, a failed worker is only marked: the scan starts a fresh one instead.
    entry.worker.on('error', () => (entry.dead = true));
    entry.worker.on('exit', () => (entry.dead = true));
    entry.worker.unref();
    prestarted.push(entry);
  }
}

/** A live prestarted worker for `script`, now the caller's (it keeps the process alive again), or undefined. */
export function takePrestarted(script: string | URL): Worker | undefined {
  for (;;) {
    const entry = prestarted.shift();
    if (entry === undefined) return undefined;
    if (!entry.dead && entry.script === String(script)) {
      entry.worker.removeAllListeners();
      entry.worker.ref();
      return entry.worker;
    }
    void entry.worker.terminate();
  }
}

/** How many prestarted workers no scan has taken yet. */
export function prestartedWorkers(): number {
  return prestarted.length;
}

/** Stops the prestarted workers no scan took. */
export function stopPrestarted(): void {
  for (const entry of prestarted.splice(0)) void entry.worker.terminate();
}
