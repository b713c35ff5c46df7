export declare function writeFileAtomic(path: string, data: Uint8Array | string, mode?: number): Promise<void>;
