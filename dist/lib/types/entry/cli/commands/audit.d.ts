/**
 * `stanch audit verify [FILE]` and `stanch audit query [FILE]`: FILE defaults to the log the other
 * commands write ($STANCH_AUDIT_LOG or ~/.local/state/stanch/audit.jsonl).
 */
import type { Command } from 'commander';
export declare function register(program: Command): void;
