// What the command line asks for: `--sample`, or a .vanthu file (passed by the OS file association,
// by a shortcut, or by a second instance). Chromium switches and the app path are ignored.
import path from 'node:path';

export interface LaunchRequest {
  sample: boolean;
  file: string | null;
}

export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchRequest {
  const args = argv.slice(1);
  const sample = args.includes('--sample');
  const file = args.find((a) => !a.startsWith('-') && path.extname(a).toLowerCase() === '.vanthu') ?? null;
  return { sample, file: file === null ? null : path.resolve(cwd, file) };
}
