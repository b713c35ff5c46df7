/**
 * Every CLI subcommand, in help order. To add one: write commands/<name>.ts exporting
 * `register(program)`, then add it to this list (one import, one entry).
 */
import type { Command } from 'commander';
export interface CommandModule {
    register(program: Command): void;
}
export declare const commands: readonly CommandModule[];
