// Vietnamese one-liners for file-system failures, naming the file: what the clerk sees instead of
// an errno and a stack trace.
import path from 'node:path';

export function describeFsError(e: unknown, file: string, action: 'đọc' | 'ghi'): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const where = `“${path.basename(file)}” (${file})`;
  switch (code) {
    case 'ENOENT':
      return action === 'đọc' ? `Không tìm thấy tệp ${where}.` : `Không ghi được tệp ${where}: thư mục không còn tồn tại.`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền ${action} tệp ${where}.`;
    case 'EISDIR':
      return `${where} là một thư mục, không phải tệp.`;
    case 'ENOSPC':
      return `Không ghi được tệp ${where}: ổ đĩa đã đầy. Bản cũ (nếu có) vẫn được giữ nguyên.`;
    case 'EROFS':
      return `Không ghi được tệp ${where}: ổ đĩa chỉ cho phép đọc.`;
    case 'EBUSY':
      return `Tệp ${where} đang được chương trình khác sử dụng.`;
    default:
      return `Không ${action} được tệp ${where}${code ? ` (${code})` : ''}.`;
  }
}
