/** Facts about the running CLI process that only the entry point can know. */
export declare const cliContext: {
    /** The bundle file, used as the worker script for parallel scans; unset when running from source. */
    workerScript?: string;
};
