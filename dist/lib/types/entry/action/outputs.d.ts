import type { Finding } from '../../model/finding.js';
import type { FailPolicy } from './inputs.js';
export declare function shouldFail(findings: readonly Finding[], policy: FailPolicy): boolean;
export declare function buildOutputs(findings: readonly Finding[], r: {
    failed: boolean;
    reportPath?: string;
    sarifPath?: string;
    rotated?: number;
}): Record<string, string>;
