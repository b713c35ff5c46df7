import { type HookName } from './shims.js';
export type InstallAction = 'installed' | 'updated' | 'unchanged' | 'chained';
export interface InstallResult {
    hooksDir: string;
    hooks: Array<{
        name: HookName;
        path: string;
        action: InstallAction;
        chainedTo?: string;
    }>;
}
export interface InstallOptions {
    cwd: string;
    /** Hooks to install (default both). */
    hooks?: readonly HookName[];
}
export declare function installHooks(opts: InstallOptions): Promise<InstallResult>;
