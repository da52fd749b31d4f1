// Placeholder until the export command lands; replaced by its feature's implementation.
import type { CliCommand } from '../command';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '(đang xây dựng)',
  usage: 'vanthu export',
  run: async (_argv, io) => {
    io.error('Lệnh "export" chưa có trong bản này.');
    return 2;
  },
};
