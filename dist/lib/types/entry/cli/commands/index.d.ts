/**
 * Every CLI subcommand, in help order, loaded only when needed: `stanch hook pre-push` must start
 * fast, so it loads the hook command alone instead of every store, rotation and Action module.
 * To add one: write commands/<name>.ts exporting `register(program)`, then add an entry here.
 */
import type { Command } from 'commander';
export interface CommandModule {
    register(program: Command): void;
}
export interface CommandEntry {
    name: string;
    load(): Promise<CommandModule>;
}
export declare const commands: readonly CommandEntry[];
/**
 * The modules `argv` needs: just the named command when the first operand names one, else all
 * of them (top-level help, `help <cmd>`, an unknown command's error with suggestions).
 */
export declare function loadCommands(argv: readonly string[]): Promise<CommandModule[]>;
