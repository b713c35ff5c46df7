/** True when `path` exists and is a device, FIFO or socket (not a regular file, directory or link). */
export declare function isSpecialFile(path: string): boolean;
export declare function writeFileAtomic(path: string, data: Uint8Array | string, mode?: number): Promise<void>;
/** Synchronous twin for CLI reports written at exit. */
export declare function writeFileAtomicSync(path: string, data: Uint8Array | string, mode?: number): void;
