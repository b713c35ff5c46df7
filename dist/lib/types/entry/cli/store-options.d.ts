import type { StoreOptions } from '../../stores/registry.js';
import { SecretAccess, type AuditSettings } from '../../inject/access.js';
import type { Command } from 'commander';
export interface StoreFlags {
    /** --audit-log FILE, or false for --no-audit-log. */
    auditLog?: string | false;
    /** --vault-addr */
    vaultAddr?: string;
    /** --cwd for relative sops paths. */
    cwd?: string;
}
export interface CliStoreSettings {
    stores: StoreOptions;
    audit?: AuditSettings;
}
type Env = Record<string, string | undefined>;
export declare function buildStoreSettings(env: Env, flags?: StoreFlags, cwd?: string): CliStoreSettings;
export declare function defaultAuditLogPath(env: Env): string;
export declare function auditSettings(env: Env, flag?: string | false): AuditSettings | undefined;
export declare function actorFrom(env: Env): string;
/** The flags every store-touching command takes. */
export declare function addStoreFlags(cmd: Command): Command;
export interface StoreFlagValues {
    auditLog?: string | boolean;
    vaultAddr?: string;
}
/** Commander gives --no-audit-log as auditLog=false and the default as true. */
export declare function openSecretAccess(flags: StoreFlagValues, env?: Env): SecretAccess;
export {};
