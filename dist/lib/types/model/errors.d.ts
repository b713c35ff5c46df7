/**
 * Documented exit codes. 0 clean, 1 findings, 2 usage/config/input error,
 * 3 a store or server failed, 4 a verify step failed and was rolled back.
 */
export declare const EXIT: {
    readonly OK: 0;
    readonly FINDINGS: 1;
    readonly USAGE: 2;
    readonly STORE: 3;
    readonly ROLLBACK: 4;
};
/**
 * An error meant for the user: one line, names where (file/line/field) and what to do.
 * Entry points print `stanch: <message>` and exit with `exitCode`, never a stack.
 * Never put a secret value in the message.
 */
export declare class StanchError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
