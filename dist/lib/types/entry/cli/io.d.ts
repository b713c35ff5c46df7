import { type Severity } from '../../model/severity.js';
export declare function parseSeverityOption(v: string): Severity;
export declare function parseConfidenceOption(v: string): number;
export declare function parseExitCodeOption(v: string): number;
export declare function parseWorkersOption(v: string): number;
/** "500k", "10MB", "1g" or plain bytes. */
export declare function parseSizeOption(v: string): number;
/** Writes a report or baseline atomically (src/fs/atomic-write.ts); `secret` files get mode 0600. */
export declare function writeFileAtomic(file: string, content: string, opts?: {
    secret?: boolean;
}): void;
/** Colour on a TTY unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR asks for it. */
export declare function wantColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean;
