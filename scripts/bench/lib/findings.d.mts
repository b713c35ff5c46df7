export interface BenchFinding {
  path: string;
  startLine: number;
  endLine?: number;
  ruleId?: string;
  commit?: string;
}
export function readGitleaks(file: string, root?: string): BenchFinding[];
export function readStanch(file: string, root?: string): BenchFinding[];
export function plantedRecall(
  planted: { path: string; line: number; kind: string; commit?: string | null; secret?: string }[],
  findings: BenchFinding[],
  opts: { needCommit: boolean },
): { planted: number; found: number; missed: Record<string, number>; other: number };
