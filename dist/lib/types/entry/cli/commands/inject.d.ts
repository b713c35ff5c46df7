import type { Command } from 'commander';
import type { SecretAccess } from '../../../inject/access.js';
import { type EnvFileFormat } from '../../../inject/env-file.js';
import { type MappingEntry } from '../../../inject/mapping.js';
import { type StoreFlagValues } from '../store-options.js';
export declare function register(program: Command): void;
export declare function withAccess(flags: StoreFlagValues, fn: (access: SecretAccess) => Promise<void>): Promise<void>;
export declare function injectEnvFile(access: SecretAccess, map: string, entries: MappingEntry[], output: string, format: EnvFileFormat, readOnly?: boolean): Promise<void>;
