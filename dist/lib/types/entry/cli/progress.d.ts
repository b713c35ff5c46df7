export interface ProgressOptions {
    label: string;
    /** Total items (files, commits…) if known; enables a bar and ETA. */
    totalItems?: number;
    /** Total bytes if known; preferred over totalItems for the bar. */
    totalBytes?: number;
    stream?: NodeJS.WriteStream;
    /** Force on/off; default: stream is a TTY and CI is not set. */
    enabled?: boolean;
}
export interface Progress {
    /** Running totals so far. */
    update(p: {
        items?: number;
        bytes?: number;
    }): void;
    stop(): void;
}
export declare function createProgress(opts: ProgressOptions): Progress;
