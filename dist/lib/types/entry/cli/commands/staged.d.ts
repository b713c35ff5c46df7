/** `stanch staged`: scans what `git commit` is about to record (index vs HEAD, first commit included). */
import type { Command } from 'commander';
export declare function register(program: Command): void;
