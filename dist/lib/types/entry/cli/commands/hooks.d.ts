/** `stanch hooks install`: sets up the pre-commit and pre-push hooks in the current repository. */
import type { Command } from 'commander';
export declare function register(program: Command): void;
