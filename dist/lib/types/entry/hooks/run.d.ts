export interface HookIo {
    out(text: string): void;
    err(text: string): void;
}
export interface HookRunOptions {
    cwd: string;
    io: HookIo;
    /** Explicit config file (`--config`). */
    configPath?: string;
}
export interface PrePushRunOptions extends HookRunOptions {
    /** What git wrote to the hook's stdin. */
    stdinText: string;
    /**
     * When stdin is empty but a runner passed the pushed commit another way (the pre-commit
     * framework sets PRE_COMMIT_TO_REF), scan that commit and its ancestors not on any remote.
     */
    toRef?: string;
}
export declare function runPreCommitHook(opts: HookRunOptions): Promise<number>;
export declare function runPrePushHook(opts: PrePushRunOptions): Promise<number>;
