export declare const SARIF_LIMITS: {
    readonly runsPerFile: 20;
    readonly resultsPerRun: 25000;
    readonly rulesPerRun: 25000;
    readonly tagsPerRule: 20;
    readonly locationsPerResult: 1000;
    readonly gzipBytes: number;
};
export interface SarifFit {
    text: string;
    /** Results dropped to fit (0 = none). */
    dropped: number;
}
/**
 * Fits a rendered SARIF log into the limits. `render(n)` renders the n most severe findings
 * (callers pass findings sorted most severe first), so trimming drops the least severe.
 */
export declare function fitSarif(total: number, render: (n: number) => string): SarifFit;
