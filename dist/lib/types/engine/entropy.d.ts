/** Shannon entropy in bits per character (UTF-16 unit) of `s`; 0 for the empty string. */
export declare function shannonEntropy(s: string): number;
