export interface GitRunOptions {
    /** Repository (or any directory inside it). */
    cwd: string;
    /** Written to git's stdin, then stdin is closed. */
    input?: string;
    /** Extra environment variables for git (the rest is inherited). */
    env?: Record<string, string>;
    /** Exit codes that are not errors (default [0]). */
    okExitCodes?: number[];
}
/** A git command as data: its argument list and a pure parser of its stdout. */
export interface GitCommand<T> {
    args: string[];
    parse(stdout: string): T;
    /** Exit codes that mean "answer is in stdout", e.g. 1 for `merge-base --is-ancestor`. */
    okExitCodes?: number[];
}
/**
 * Streams git's stdout chunk by chunk. Throws a StanchError (naming git's first stderr line)
 * if git fails. Stopping the iteration early kills git.
 */
export declare function streamGit(args: string[], opts: GitRunOptions): AsyncGenerator<Buffer>;
/** Runs git to completion and returns stdout (for small outputs) and the exit code. */
export declare function runGit(args: string[], opts: GitRunOptions): Promise<{
    stdout: string;
    code: number;
}>;
/** Runs a typed git command and parses its output. */
export declare function run<T>(cmd: GitCommand<T>, opts: GitRunOptions): Promise<T>;
