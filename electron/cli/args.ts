// Minimal argument parsing: positional arguments plus --flag and --option VALUE / -o VALUE.
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export function parseArgs(argv: string[], withValue: readonly string[]): ParsedArgs | { error: string } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (withValue.includes(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined) return { error: `Tùy chọn ${name} cần một giá trị.` };
      options.set(name, value);
      if (inline === undefined) i += 1;
    } else {
      flags.add(name);
    }
  }
  return { positional, flags, options };
}
