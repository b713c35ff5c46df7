export type TemplateFilter = 'raw' | 'json' | 'base64';
export interface TemplateReference {
    uri: string;
    filter: TemplateFilter;
    line: number;
    start: number;
    end: number;
    /** `\[[stanch:` : not a reference, written literally without the backslash. */
    escaped: boolean;
}
export declare function findReferences(text: string, file: string): TemplateReference[];
/** Reads every distinct URI once (in order of first use), then substitutes; nothing is returned on any failure. */
export declare function renderTemplate(text: string, file: string, read: (uri: string) => Promise<string>): Promise<{
    output: string;
    uris: string[];
}>;
