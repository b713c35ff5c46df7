import { Worker } from 'node:worker_threads';
/** Scanning threads when not told (`--workers`): the CPUs, at most 4 (past that the file reads do not keep up). */
export declare function defaultScanThreads(): number;
/**
 * Starts `count` scan workers without detector options (a SetupRequest brings them). They do not
 * keep the process alive; scanSource takes them, or stops them when it scans in one thread.
 */
export declare function prestartScanWorkers(script: string | URL, count: number): void;
/** A live prestarted worker for `script`, now the caller's (it keeps the process alive again), or undefined. */
export declare function takePrestarted(script: string | URL): Worker | undefined;
/** How many prestarted workers no scan has taken yet. */
export declare function prestartedWorkers(): number;
/** Stops the prestarted workers no scan took. */
export declare function stopPrestarted(): void;
