import { type AuditSettings } from '../../inject/access.js';
import type { StoreOptions } from '../../stores/registry.js';
export interface DeployOptions {
    /** The `secrets` input text. */
    mapping: string;
    stores: StoreOptions;
    audit?: AuditSettings;
    /** Path in GITHUB_ENV; required when exportEnv. */
    githubEnvFile?: string;
    exportEnv: boolean;
    outputs: boolean;
    /** core.setSecret */
    mask: (secret: string) => void;
    /** core.setOutput */
    setOutput: (name: string, value: string) => void;
    /** core.info: names and counts only. */
    info?: (line: string) => void;
}
export interface DeployResult {
    names: string[];
    exportedEnv: boolean;
    outputs: boolean;
}
export declare function runDeploy(opts: DeployOptions): Promise<DeployResult>;
