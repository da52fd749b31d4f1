// A finding's path in words a clerk reads: "recipients.1" → "Kính gửi, mục 2";
// "body.3.children.0" → "Nội dung, đoạn 4, ý 1"; "paragraph 12" → "Đoạn 12".
const FIELDS: Readonly<Record<string, string>> = {
  subject: 'Trích yếu',
  symbol: 'Ký hiệu',
  number: 'Số văn bản',
  date: 'Ngày tháng năm',
  place: 'Địa danh',
  'agency.name': 'Tên cơ quan ban hành',
  'agency.parent': 'Tên cơ quan chủ quản',
  recipients: 'Kính gửi',
  distribution: 'Nơi nhận',
  archive: 'Dòng “Lưu”',
  drafter: 'Ký hiệu người soạn thảo',
  'signature.authority': 'Dòng “TM.”',
  'signature.delegation': 'Dòng KT./TL./TUQ./Q.',
  'signature.title': 'Chức vụ người ký',
  'signature.signer': 'Họ tên người ký',
  body: 'Nội dung',
  section: 'Thiết lập trang',
  header: 'Đầu trang',
  footer: 'Chân trang',
};

export function describePath(path: string): string {
  const paragraph = /^paragraph (\d+)$/.exec(path);
  if (paragraph) return `Đoạn ${paragraph[1]}`;
  if (FIELDS[path]) return FIELDS[path] as string;
  const list = /^(recipients|distribution)\.(\d+)$/.exec(path);
  if (list) return `${FIELDS[list[1] as string]}, mục ${Number(list[2]) + 1}`;
  if (path.startsWith('body.')) {
    const indices = path
      .split('.')
      .filter((s) => /^\d+$/.test(s))
      .map((s) => Number(s) + 1);
    return `Nội dung, đoạn ${indices[0]}${indices.slice(1).map((i) => `, ý ${i}`).join('')}`;
  }
  return path;
}
