import { type VerifyOptions } from './verify.js';
export interface CommandResult {
    exitCode: number;
    output: string;
}
export declare function auditVerifyCommand(opts: VerifyOptions): Promise<CommandResult>;
export interface QueryCommandOptions {
    file: string;
    path?: string;
    action?: string[];
    actor?: string;
    outcome?: string;
    /** Text as typed: date, ISO time or duration (24h, 7d). */
    since?: string;
    until?: string;
    limit?: number;
    format?: 'text' | 'jsonl';
    now?: Date;
}
export declare function auditQueryCommand(opts: QueryCommandOptions): Promise<CommandResult>;
