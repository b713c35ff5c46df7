export interface BuiltinRuleFile {
    source: string;
    rules: Record<string, unknown>[];
    allowlists?: Record<string, unknown>[];
}
export declare const builtinRuleFiles: BuiltinRuleFile[];
