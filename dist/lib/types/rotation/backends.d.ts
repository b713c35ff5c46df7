import { StanchError } from '../model/errors.js';
import type { SecretRef, SecretStore } from '../stores/types.js';
export interface Snapshot {
    value: string;
    /** `v3` (Vault) or `sha256:…` (SOPS): safe to log. */
    version: string;
    /** Backend state to write against / roll back to. */
    state: unknown;
}
export interface RotationFacts {
    lastRotated?: Date;
    /** A policy interval kept with the secret (Vault custom metadata), overriding the config. */
    every?: string;
}
export interface RotationBackend {
    readonly kind: 'vault' | 'sops';
    facts(ref: SecretRef): Promise<RotationFacts>;
    snapshot(ref: SecretRef): Promise<Snapshot>;
    writeNew(ref: SecretRef, before: Snapshot, value: string): Promise<{
        version: string;
        state: unknown;
    }>;
    /** Puts `before` back; returns the version that now serves it. */
    rollback(ref: SecretRef, before: Snapshot, written: {
        version: string;
        state: unknown;
    }): Promise<string>;
    markRotated(ref: SecretRef, at: Date, policy: string): Promise<void>;
}
export declare class RotationError extends StanchError {
    constructor(message: string, exitCode?: number);
}
export declare function backendFor(store: SecretStore, opts: {
    sopsBaseDir: string;
}): RotationBackend;
