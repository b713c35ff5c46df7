import type { Reporter } from '../model/contracts.js';
/** JUnit XML: one failing test case per finding, so CI systems show leaks as test failures. */
export declare const junitReporter: Reporter;
/** Escapes XML specials and drops characters XML 1.0 cannot hold at all. */
export declare function xml(s: string): string;
