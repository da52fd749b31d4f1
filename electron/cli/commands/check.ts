// Placeholder until the check command lands; replaced by its feature's implementation.
import type { CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: '(đang xây dựng)',
  usage: 'vanthu check',
  run: async (_argv, io) => {
    io.error('Lệnh "check" chưa có trong bản này.');
    return 2;
  },
};
