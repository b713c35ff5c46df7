import { type GeneratorSpec } from './generators.js';
export interface CommandSpec {
    /** argv; [0] relative paths resolve against the config directory. */
    command: string[];
    /** Milliseconds before the command is killed. */
    timeoutMs: number;
}
export type VerifySpec = (CommandSpec & {
    kind: 'command'; /** How the command receives the new value: on stdin (default) or as STANCH_NEW_VALUE. */
    valueIn: 'stdin' | 'env';
}) | {
    kind: 'http';
    url: string;
    method: string;
    expectStatus: number;
    /** Header values may contain `${NEW_VALUE}`; the URL may not (URLs end up in logs). */
    headers: Record<string, string>;
    timeoutMs: number;
};
export interface RotationPolicy {
    /** The glob as written (shown in plans and audit details). */
    match: string;
    matches(uri: string): boolean;
    everyMs?: number;
    every?: string;
    generator: GeneratorSpec;
    verify?: VerifySpec;
    autoRotateOnLeak: boolean;
    /** The command generator gets the old value on stdin only when this is set. */
    passOldValue: boolean;
    /** Environment variables (names) the generator and verify commands may see, besides PATH, HOME, LANG, TMPDIR. */
    env: string[];
}
export interface RotationConfig {
    /** Where it came from (for messages); absent when built in code. */
    file?: string;
    /** Directory commands are resolved against. */
    baseDir: string;
    managed: string[];
    policies: RotationPolicy[];
}
/** Reads `file` and returns its `[rotation]` section (an empty config when the file has none). */
export declare function loadRotationConfig(file: string): RotationConfig;
/** Validates a parsed `[rotation]` table (undefined = none). */
export declare function parseRotationSection(raw: unknown, ctx: {
    file: string;
    baseDir: string;
}): RotationConfig;
/** The first policy whose glob matches the URI (order in the file decides, so put specific ones first). */
export declare function policyFor(config: RotationConfig, uri: string): RotationPolicy | undefined;
