import type { Command } from 'commander';
import type { Source, SkipNotice } from '../../../model/contracts.js';
import { type RotationResult } from '../../../rotation/rotator.js';
import { type ScanCliOptions } from '../scan-runner.js';
import { type StoreFlagValues } from '../store-options.js';
interface RotateCliOptions extends StoreFlagValues {
    due?: boolean;
    dryRun?: boolean;
    config?: string;
    format: string;
}
export declare function register(program: Command): void;
export declare function runRotate(uri: string | undefined, opts: RotateCliOptions, cwd: string, env: Record<string, string | undefined>): Promise<{
    code: number;
    output: string;
}>;
export declare function exitCodeFor(results: readonly RotationResult[]): number;
export interface RotateLeakedCliOptions extends StoreFlagValues {
    rotateLeaked?: boolean;
    rotationConfig?: string;
    rotateDryRun?: boolean;
    refreshMap?: string;
    refreshOutput?: string;
}
/** Adds the leak→rotate flags to a scanning command (used by history). */
export declare function addRotateLeakedOptions(cmd: Command): Command;
/**
 * The scan runner's steps with the leak loop between scanning and reporting, so the report shows
 * which findings are managed secrets and whether they were rotated. The loop's own lines go to stderr.
 */
export declare function runScanWithLeakLoop(args: {
    source: Source;
    opts: ScanCliOptions & RotateLeakedCliOptions;
    configDir: string;
    cwd: string;
    skips?: SkipNotice[];
    label?: string;
    env?: Record<string, string | undefined>;
}): Promise<number>;
export {};
