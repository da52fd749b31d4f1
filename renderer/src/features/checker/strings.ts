// Every string the checker panel shows (Vietnamese).
import type { Severity } from '../../../../core/check';

export const t = {
  heading: 'Kiểm tra thể thức (Nghị định 30/2020/NĐ-CP)',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } satisfies Record<Severity, string>,
  count: (errors: number, warnings: number, infos: number) => `${errors} lỗi · ${warnings} cảnh báo · ${infos} ghi chú`,
  clean: 'Không phát hiện sai sót về thể thức.',
  checking: 'Đang kiểm tra…',
  fix: 'Sửa',
  fixTitle: (what: string) => `Sửa tự động: ${what}`,
  fixAll: (n: number) => `Sửa tất cả (${n})`,
  fixAllTitle: 'Áp dụng mọi cách sửa tự động, thành một bước hoàn tác',
  fixLabel: (what: string) => `Sửa thể thức: ${what}`,
  fixAllLabel: (n: number) => `Sửa ${n} lỗi thể thức`,
  jumpTitle: 'Đến chỗ cần sửa',
  cite: 'Căn cứ',
  issueStage: 'Sắp phát hành (số, ngày còn trống là cảnh báo)',
  saveReport: 'Lưu phiếu kiểm tra',
  savingReport: 'Đang tạo phiếu…',
  reportSaved: (path: string) => `Đã lưu phiếu kiểm tra: ${path}`,
  reportFailed: (why: string) => `Không lưu được phiếu kiểm tra: ${why}`,
  reportName: 'phieu-kiem-tra-the-thuc.docx',
  untitled: 'Bản nháp công văn',
};
