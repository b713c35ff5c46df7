import { type ActionInputs } from './inputs.js';
import { type ActionEnv } from './context.js';
import type { Finding } from '../../model/finding.js';
export interface ActionOutcome {
    findings: Finding[];
    failed: boolean;
}
/** Entry point: never throws; the step's result is in its outputs and exit code. */
export declare function run(): Promise<void>;
/** The whole Action for given inputs and environment; throws StanchError on bad input. */
export declare function runAction(inputs: ActionInputs, env: ActionEnv): Promise<ActionOutcome>;
