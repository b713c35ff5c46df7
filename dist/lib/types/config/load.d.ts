import type { StanchConfig } from '../model/rule.js';
/** File names looked up in the scan root, first match wins. */
export declare const CONFIG_FILE_NAMES: readonly [".stanch.toml", ".gitleaks.toml"];
export declare const IGNORE_FILE_NAMES: readonly [".stanchignore", ".gitleaksignore"];
/** How deep nested base64/hex/percent decoding goes unless the config says otherwise. */
export declare const DEFAULT_MAX_DECODE_DEPTH = 2;
export interface LoadConfigOptions {
    /** Directory searched for config and ignore files (normally the scan root). */
    dir: string;
    /** Explicit config file (`--config`); must exist. */
    configPath?: string;
    /** Skip looking for `.gitleaksignore`/`.stanchignore`. */
    noIgnoreFile?: boolean;
    /** File names in error messages are shown relative to this directory. Default: absolute. */
    displayBase?: string;
}
export interface LoadedConfig {
    config: StanchConfig;
    /** Config file used, if any (absolute). */
    configFile?: string;
    /** First ignore file used, if any (absolute). */
    ignoreFile?: string;
    /** Every ignore file read (`.stanchignore`, `.gitleaksignore`). */
    ignoreFiles: string[];
}
export declare function loadConfig(opts: LoadConfigOptions): LoadedConfig;
/** Built-in rules only. */
export declare function defaultConfig(): StanchConfig;
/**
 * `.gitleaksignore` format: one fingerprint per line (`[commit:]path:rule-id:line`
 * or a stanch fingerprint); `#` starts a comment.
 */
export declare function parseIgnoreFile(text: string): string[];
