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
type GetInput = (name: string) => string;
type Env = Record<string, string | undefined>;
/**
 * Deploy options from Action inputs and the runner environment (the Action's equivalent of
 * src/entry/cli/store-options.ts). Credentials from inputs are masked here, first thing.
 * `getIdToken` is core.getIDToken, used only for vault-method jwt.
 */
export declare function deployOptionsFromInputs(getInput: GetInput, env: Env, io: {
    mask: (s: string) => void;
    setOutput: (n: string, v: string) => void;
    info?: (l: string) => void;
    getIdToken?: (audience?: string) => Promise<string>;
}): Promise<DeployOptions>;
export {};
