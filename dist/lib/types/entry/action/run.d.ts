import { type ActionInputs } from './inputs.js';
import { type ActionRotationResult } from './rotation.js';
import { type ActionEnv } from './context.js';
import type { Finding } from '../../model/finding.js';
export interface ActionOutcome {
    findings: Finding[];
    failed: boolean;
    /** Set when rotate-leaked ran. */
    rotation?: ActionRotationResult;
}
/** Entry point: never throws; the step's result is in its outputs and exit code. */
export declare function run(): Promise<void>;
/** Deploy mode: read the mapped secrets and hand them to later steps. Returns the names deployed. */
export declare function runDeployMode(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string[]>;
/** The whole Action for given inputs and environment; throws StanchError on bad input. */
export declare function runAction(inputs: ActionInputs, env: ActionEnv): Promise<ActionOutcome>;
