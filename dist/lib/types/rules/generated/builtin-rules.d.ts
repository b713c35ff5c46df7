export interface BuiltinRuleFile {
    source: string;
    rules: Record<string, unknown>[];
    allowlists?: Record<string, unknown>[];
}
export declare const builtinRuleFiles: BuiltinRuleFile[];
/** Rule id -> [before, after]: UTF-16 units around the end of its first keyword a match lies within ([0, 0]: its line). */
export declare const builtinKeywordWindows: Record<string, readonly [number, number]>;
/** Rule id -> the most UTF-16 units from a match's start to the end of the first keyword it holds (rules whose every match holds a keyword, where that is bounded), or 'line': the start of the keyword's line. */
export declare const builtinKeywordLeads: Record<string, number | 'line'>;
/** Rule id -> the chars a match can read up to the end of its first keyword (rules with a lead, when not every char). */
export declare const builtinKeywordLeadChars: Record<string, {
    ascii: string;
    nonAscii: boolean;
}>;
/** Rule id -> the chars a match must read right after its first keyword (rules with a lead, when it must read one and not every char can be it). */
export declare const builtinKeywordFollowChars: Record<string, {
    ascii: string;
    nonAscii: boolean;
}>;
/** Rule id -> the longest match in UTF-16 units (rules whose matches are bounded). */
export declare const builtinMaxMatch: Record<string, number>;
/** [RE2 pattern, JavaScript source, flags, group count, exact captures 1/0] or [RE2 pattern, null] when not translatable. */
export declare const builtinTranslations: readonly (readonly [string, string, string, number, 0 | 1] | readonly [string, null])[];
