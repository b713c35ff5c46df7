/**
 * The verify step after a new version is written: a command (exit 0 = good) or an HTTP check
 * (expected status = good). The new value reaches a command on stdin (default) or in
 * STANCH_NEW_VALUE, never in argv (other users can read argv in `ps`); an HTTP check can put it
 * in a header with `${NEW_VALUE}`, never in the URL. Failure reasons never contain the value.
 */
import type { VerifySpec } from './config.js';
export interface VerifyContext {
    uri: string;
    newValue: string;
    cwd: string;
    baseEnv: Record<string, string | undefined>;
    allowEnv?: readonly string[];
    stderr?: 'inherit' | 'ignore';
}
export type VerifyOutcome = {
    ok: true;
} | {
    ok: false;
    reason: string;
};
export declare function runVerify(spec: VerifySpec, ctx: VerifyContext): Promise<VerifyOutcome>;
