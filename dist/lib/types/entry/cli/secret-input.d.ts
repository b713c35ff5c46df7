export declare function readSecretInput(opts: {
    prompt: string;
    keepNewline?: boolean;
    stdin?: NodeJS.ReadStream;
    stderr?: NodeJS.WriteStream;
}): Promise<string>;
