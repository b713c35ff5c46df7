/**
 * The seams between layers, as plain types. Implementations live in engine/,
 * sources/, reporters/ and stores/; entry points wire them together.
 */
import type { Finding } from './finding.js';
import type { Fragment } from './fragment.js';
import type { Rule, StanchConfig } from './rule.js';
/** engine/: turns fragments into findings. Created by `createDetector` in src/engine/detector.ts. */
export interface Detector {
    readonly rules: readonly Rule[];
    /** Findings for one fragment, already filtered by allowlists, inline `stanch:allow` and min confidence. */
    scan(fragment: Fragment): Finding[];
}
export interface DetectorOptions {
    config: StanchConfig;
    /** Drop findings below this confidence (0..1). Default 0. */
    minConfidence?: number;
    /** Rule ids to keep (empty = all). */
    includeRules?: string[];
    /** Rule ids to drop. */
    excludeRules?: string[];
    /**
     * Regex implementation (engine/regex); all are linear-time. `auto` (default): native RE2 when
     * the optional addon loads, else V8 with its linear-engine fallback, else re2js.
     */
    regexEngine?: 'auto' | 're2' | 're2js' | 'v8';
}
/** sources/: yields fragments; may report what it skipped (binary, submodule, too large…). */
export interface Source {
    fragments(): AsyncIterable<Fragment>;
    /**
     * Optional, for scans spread over worker threads: the same input, with files the workers can
     * read themselves left unread (FileRef), so their text never crosses threads. The scan tells the
     * source what came of each one through settle().
     */
    deferred?(): AsyncIterable<Fragment | FileRef>;
    settle?(ref: FileRef, outcome: ReadOutcome): void;
}
/** A file to read where it is scanned (see Source.deferred). */
export interface FileRef {
    /** Absolute path to read. */
    file: string;
    /** The path findings carry (as Fragment.path). */
    path: string;
    /** Size when listed, for sizing the work. */
    size: number;
}
/** What reading a FileRef gave: its length in bytes, or why it was skipped. */
export type ReadOutcome = {
    bytes: number;
} | {
    skip: string;
};
export interface SkipNotice {
    path: string;
    reason: string;
}
/** What a reporter may need besides the findings. */
export interface ReportContext {
    toolVersion: string;
    /** Show raw values. Only when the user explicitly asked (`--show-secrets`). */
    showSecrets: boolean;
    rules: readonly Rule[];
    /** Working directory the paths are relative to (SARIF `originalUriBaseIds`). */
    root?: string;
}
/** reporters/: one method; returns the serialized report. */
export interface Reporter {
    readonly format: string;
    render(findings: readonly Finding[], ctx: ReportContext): string;
}
