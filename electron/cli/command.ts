import type { CliIo } from './io';

export interface CliCommand {
  name: string;
  /** One line, Vietnamese, for `vanthu --help`. */
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], io: CliIo): Promise<number>;
}
