// Turns schema issues into Vietnamese lines that name the field: "date.month: tháng phải từ 1 đến 12".
import type { z } from 'zod';

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}

function describe(issue: z.core.$ZodIssue): string {
  // Custom messages from the schema are already Vietnamese; zod's own defaults are English.
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'thiếu trường bắt buộc';
  const custom = issue.message && !/^(Invalid|Expected|Too|Unrecognized|Required)/i.test(issue.message);
  if (custom) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'thiếu trường bắt buộc' : `sai kiểu dữ liệu (cần ${issue.expected})`;
    case 'too_small':
      return `giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return `giá trị quá lớn (tối đa ${String(issue.maximum)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ (chấp nhận: ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
    case 'unrecognized_keys':
      return `trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'giá trị không khớp với dạng nào được chấp nhận';
    default:
      return 'giá trị không hợp lệ';
  }
}

export function issueToMessage(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where ? `${where}: ${describe(issue)}` : describe(issue);
}
