export interface BuiltinRuleFile {
    source: string;
    rules: Record<string, unknown>[];
    allowlists?: Record<string, unknown>[];
}
export declare const builtinRuleFiles: BuiltinRuleFile[];
/** [RE2 pattern, JavaScript source, flags, group count] or [RE2 pattern, null] when not translatable. */
export declare const builtinTranslations: readonly (readonly [string, string, string, number] | readonly [string, null])[];
