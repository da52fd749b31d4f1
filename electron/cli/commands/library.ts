// Placeholder until the library command lands; replaced by its feature's implementation.
import type { CliCommand } from '../command';

export const libraryCommand: CliCommand = {
  name: 'library',
  summary: '(đang xây dựng)',
  usage: 'vanthu library',
  run: async (_argv, io) => {
    io.error('Lệnh "library" chưa có trong bản này.');
    return 2;
  },
};
