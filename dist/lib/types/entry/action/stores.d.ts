import type { AuditSettings } from '../../inject/access.js';
import type { StoreOptions } from '../../stores/registry.js';
import type { StoreInputs } from './inputs.js';
type Env = Record<string, string | undefined>;
export interface ActionStoreSettings {
    stores: StoreOptions;
    audit?: AuditSettings;
    actor: string;
}
export interface StoreSettingsIo {
    mask: (secret: string) => void;
    /** core.getIDToken; only called for vault-method jwt. */
    getIdToken: (audience?: string) => Promise<string>;
    /** Base of relative sops:// paths. */
    cwd: string;
}
/** `github:<actor>`, as the audit log and rotation records name who acted. */
export declare function actionActor(env: Env): string;
export declare function actionStoreSettings(inputs: StoreInputs, env: Env, io: StoreSettingsIo): Promise<ActionStoreSettings>;
export {};
