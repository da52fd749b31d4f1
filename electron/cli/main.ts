// `vanthu` — a thin shell over core/: every command parses arguments, calls core, prints the result.
import type { CliCommand } from './command';
import type { CliIo } from './io';
import { processIo } from './io';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { checkCommand } from './commands/check';
import { libraryCommand } from './commands/library';

export const commands: readonly CliCommand[] = [exportCommand, importCommand, checkCommand, libraryCommand];

export function helpText(): string {
  const lines = ['Văn thư — soạn công văn đúng thể thức Nghị định 30/2020/NĐ-CP', '', 'Cách dùng:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('vanthu 0.1.0');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.error(`Không có lệnh "${name}".\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A bug must still end in a Vietnamese sentence, not a stack trace; the detail goes to stderr once.
    io.error(`Lỗi không mong đợi khi chạy "${name}": ${e instanceof Error ? e.message : String(e)}`);
    return 70;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  runCli(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
