/** `stanch scan [PATH…]`: files and directories (or `-` for stdin), honouring .gitignore. */
import type { Command } from 'commander';
export declare function register(program: Command): void;
