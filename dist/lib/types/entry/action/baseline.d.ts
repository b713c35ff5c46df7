import { type Baseline } from '../../baseline/baseline.js';
export interface AcceptedFindings {
    baseline?: Baseline;
    /** Fingerprints from an ignore-format file (added to the config's ignored fingerprints). */
    fingerprints: string[];
    file?: string;
}
export declare function parseBaselineInput(text: string, file: string): AcceptedFindings;
export declare function readAcceptedFindings(cwd: string, baselinePath: string | undefined): AcceptedFindings;
