/**
 * Documented exit codes. 0 clean, 1 findings, 2 usage/config/input error,
 * 3 a store or server failed, 4 a verify step failed and was rolled back.
 */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, STORE: 3, ROLLBACK: 4 } as const;

/**
 * An error meant for the user: one line, names where (file/line/field) and what to do.
 * Entry points print `stanch: <message>` and exit with `exitCode`, never a stack.
 * Never put a secret value in the message.
 */
export class StanchError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.USAGE,
  ) {
    super(message);
    this.name = 'StanchError';
  }
}
