// Size and style of each part of a công văn (Phụ lục I, mục II and the table in mục V), as the
// spec's summary table (nd30.md §4.0) gives them.
import type { Role } from './identify';

export interface PartSpec {
  label: string;
  cite: string;
  /** Allowed size in points, inclusive. */
  size: [number, number];
  bold?: boolean;
  italic?: boolean;
  upper?: boolean;
}

export const PART_SPECS: Readonly<Record<Role, PartSpec>> = {
  'national-title': { label: 'Quốc hiệu', cite: 'Phụ lục I, mục II.1.a', size: [12, 13], bold: true, italic: false, upper: true },
  motto: { label: 'Tiêu ngữ', cite: 'Phụ lục I, mục II.1.b', size: [13, 14], bold: true, italic: false },
  agency: { label: 'Tên cơ quan ban hành', cite: 'Phụ lục I, mục II.2.b', size: [12, 13], italic: false, upper: true },
  number: { label: 'Số, ký hiệu', cite: 'Phụ lục I, mục II.3.c', size: [13, 13], italic: false },
  date: { label: 'Địa danh, ngày tháng năm', cite: 'Phụ lục I, mục II.4.c', size: [13, 14], italic: true },
  subject: { label: 'Trích yếu (V/v)', cite: 'Phụ lục I, mục II.5.b', size: [12, 13], bold: false, italic: false },
  stamp: { label: 'Dấu mức độ khẩn, độ mật', cite: 'Phụ lục I, mục III.2', size: [13, 14], bold: true, upper: true },
  recipients: { label: '“Kính gửi”', cite: 'Phụ lục I, mục II.9.d', size: [13, 14], italic: false },
  body: { label: 'Nội dung', cite: 'Phụ lục I, mục II.6.e', size: [13, 14] },
  'noi-nhan': { label: '“Nơi nhận:”', cite: 'Phụ lục I, mục II.9.d', size: [12, 12], bold: true, italic: true },
  distribution: { label: 'Danh sách nơi nhận', cite: 'Phụ lục I, mục II.9.d; mục III.3', size: [11, 11], italic: false },
  signature: { label: 'Quyền hạn, chức vụ người ký', cite: 'Phụ lục I, mục II.7.đ', size: [13, 14], bold: true, italic: false, upper: true },
  signer: { label: 'Họ tên người ký', cite: 'Phụ lục I, mục II.7.đ', size: [13, 14], bold: true, italic: false },
};
