// The published JSON Schema of the draft format, derived from the zod schema so the two cannot drift.
// templates/schemas/letter.schema.json is this value, written by `npm run schemas`; a test compares them.
import { z } from 'zod';
import { LetterSchema } from './schema';

export function letterJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LetterSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://vanthu.local/schemas/letter.schema.json',
    title: 'Bản nháp công văn Văn thư (.vanthu), định dạng phiên bản 1',
    description: 'Định dạng công khai của bản nháp công văn; xem shared/design/LETTER-FORMAT.md. Mọi chuỗi ở dạng Unicode NFC.',
  };
}
