export function table(head: string[], rows: string[][]): string;
export function writeBenchmarks(repoRoot: string, order: string[], sections: Record<string, string>, header: string): string;
