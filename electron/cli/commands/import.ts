// Placeholder until the import command lands; replaced by its feature's implementation.
import type { CliCommand } from '../command';

export const importCommand: CliCommand = {
  name: 'import',
  summary: '(đang xây dựng)',
  usage: 'vanthu import',
  run: async (_argv, io) => {
    io.error('Lệnh "import" chưa có trong bản này.');
    return 2;
  },
};
