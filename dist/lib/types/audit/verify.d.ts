import { type Anchor } from './log.js';
export interface VerifyOptions {
    file: string;
    hmacKey?: string;
    /** An anchor kept somewhere else: the log must have exactly this many records… */
    expectCount?: number;
    /** …and/or end with this hash. */
    expectLastHash?: string;
    /** Stop collecting problems after this many. Default 20. */
    maxProblems?: number;
}
export interface VerifyProblem {
    /** 1-based line in the log; 0 for whole-file problems (head, anchors). */
    line: number;
    reason: string;
}
export interface VerifyResult {
    ok: boolean;
    records: number;
    lastHash?: string;
    head?: Anchor;
    problems: VerifyProblem[];
}
export declare function verifyAuditLog(opts: VerifyOptions): Promise<VerifyResult>;
