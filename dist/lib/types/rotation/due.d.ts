export interface DueState {
    due: boolean;
    every?: string;
    lastRotated?: string;
    dueAt?: string;
}
export declare function dueState(args: {
    lastRotated?: Date;
    every?: string;
    now: Date;
}): DueState;
