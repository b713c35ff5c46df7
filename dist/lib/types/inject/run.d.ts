import type { EnvEntry } from './env-file.js';
export interface RunOptions {
    command: string;
    args: readonly string[];
    /** The parent environment (the entry point passes process.env). */
    baseEnv: Record<string, string | undefined>;
    secrets: readonly EnvEntry[];
    cwd?: string;
    /** Signals to forward. Default: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2. */
    forward?: NodeJS.Signals[];
    /** Called once the child is running (tests use it to send signals). */
    onSpawn?: (pid: number) => void;
}
export declare function childEnv(base: Record<string, string | undefined>, secrets: readonly EnvEntry[]): Record<string, string>;
/** Resolves with the exit code to use. */
export declare function runWithSecrets(opts: RunOptions): Promise<number>;
