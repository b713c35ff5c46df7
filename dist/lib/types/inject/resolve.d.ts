import type { SecretAccess } from './access.js';
import type { EnvEntry } from './env-file.js';
import type { MappingEntry } from './mapping.js';
export interface ResolveOptions {
    /** Labels errors (`deploy/map.yaml:3: DB_PASSWORD: …`). */
    file: string;
    /** Called with each value as soon as it is read, before the next read: the Action masks here. */
    onValue?: (value: string) => void;
}
export declare function resolveMapping(access: SecretAccess, entries: readonly MappingEntry[], opts: ResolveOptions): Promise<EnvEntry[]>;
