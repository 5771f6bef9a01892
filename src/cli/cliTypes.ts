/** A CLI verb: parses its own arguments, writes to the given streams, returns the exit status. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  /** One line for `ebuild-builder --help`. */
  summary: string;
  /** Full usage text for `ebuild-builder <name> --help`. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}
