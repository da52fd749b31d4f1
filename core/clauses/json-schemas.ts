// Published JSON Schemas of the template folder's files, derived from the zod schemas so they cannot
// drift; templates/schemas/*.schema.json are these values (test/tools/write-clause-schemas.ts writes
// them, a test compares). Data files point at them with "$schema" so editors offer completion.
import { z } from 'zod';
import { DirectorySchema } from './directory';
import { LibrarySchema } from './model';
import { TemplateSchema } from './template';

const BASE = 'https://vanthu.local/schemas/';

function publish(schema: z.ZodType, file: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...generated, $id: `${BASE}${file}`, title, description };
}

export const CLAUSE_SCHEMA_FILES = {
  'clause-library.schema.json': () =>
    publish(LibrarySchema, 'clause-library.schema.json', 'Thư viện điều khoản Văn thư', 'Các điều khoản (khối nội dung theo định dạng bản nháp) có biến {{ten_bien}}, phiên bản và ghi chú thay đổi. Mọi chuỗi ở dạng Unicode NFC.'),
  'letter-template.schema.json': () =>
    publish(TemplateSchema, 'letter-template.schema.json', 'Mẫu công văn Văn thư', 'Mẫu điền sẵn cả công văn: trích yếu, nội dung dẫn tới các điều khoản của thư viện, lựa chọn mặc định trong danh bạ.'),
  'agency-directory.schema.json': () =>
    publish(DirectorySchema, 'agency-directory.schema.json', 'Danh bạ cơ quan Văn thư', 'Cơ quan ban hành, đơn vị soạn thảo, nơi gửi, nơi nhận và người ký dùng để điền ký hiệu, Kính gửi, Nơi nhận và chữ ký.'),
} as const;
