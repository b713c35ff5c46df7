/**
 * `stanch hook pre-commit` / `stanch hook pre-push [remote] [url]`: what the git hook shims run.
 * The work is in src/entry/hooks/run.ts, loaded only when the command runs.
 */
import type { Command } from 'commander';
export declare function register(program: Command): void;
