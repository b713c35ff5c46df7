import { StanchError } from '../model/errors.js';
export declare class HookError extends StanchError {
    constructor(message: string);
}
export interface HookOptions {
    command: string[];
    cwd: string;
    timeoutMs: number;
    /** Written to the hook's stdin, then stdin is closed. */
    stdin: string;
    /** The caller's environment (the entry point passes process.env); only allowed names are passed on. */
    baseEnv: Record<string, string | undefined>;
    /** Extra names from baseEnv the policy allows. */
    allowEnv?: readonly string[];
    /** Set for the hook on top (STANCH_URI, STANCH_NEW_VALUE). */
    extraEnv?: Record<string, string>;
    /** 'inherit' (default): the hook's stderr goes to ours. 'ignore' drops it. */
    stderr?: 'inherit' | 'ignore';
    /** For messages: "generator" or "verify". */
    label: string;
}
/** `mint.sh` for messages: the program's base name only (paths can be long and personal). */
export declare function shortCommand(command: readonly string[]): string;
export declare function hookEnv(opts: Pick<HookOptions, 'baseEnv' | 'allowEnv' | 'extraEnv'>): Record<string, string>;
export declare function runHook(opts: HookOptions): Promise<{
    stdout: string;
}>;
