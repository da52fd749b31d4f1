// Edge-case drafts: each changes one thing about a typical letter so that tests (DOCX writer,
// importer, checker) can look at that one thing. Names are stable: other engineers use these files.
import { item, para, run, sampleLetter } from '../../../core/letter';
import type { Block, Letter } from '../../../core/letter';
import { seed001 } from './seeds-a';

/** Number and the whole date pending: the records clerk fills them at issue. */
export function edgePendingNumberDate(): Letter {
  return { ...sampleLetter(), number: null, date: { day: null, month: null, year: 2025 } };
}

/** One recipient: "Kính gửi: Sở Nội vụ" on one line, no final mark. */
export function edgeOneRecipient(): Letter {
  return {
    ...sampleLetter(),
    number: 5,
    symbol: 'UBND-NC',
    date: { day: 3, month: 2, year: 2025 },
    subject: 'rà soát, kiện toàn đội ngũ công chức văn thư',
    recipients: ['Sở Nội vụ'],
    body: [
      para('Để chuẩn bị cho việc triển khai Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Ủy ban nhân dân tỉnh giao Sở Nội vụ rà soát, tổng hợp số lượng công chức làm công tác văn thư tại các cơ quan, đơn vị trên địa bàn tỉnh.'),
      para('Sở Nội vụ báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 28/02/2025./.'),
    ],
    distribution: ['Như trên', 'Chủ tịch, các PCT UBND tỉnh'],
    archive: { units: ['VT', 'NC'], copies: 2 },
    drafter: { initials: 'NVA', copies: 5 },
  };
}

/** No "Kính gửi": a letter to the public; Nơi nhận then has no "Như trên". */
export function edgeNoRecipients(): Letter {
  return {
    ...sampleLetter(),
    number: 12,
    symbol: 'UBND-VX',
    date: { day: 1, month: 10, year: 2024 },
    subject: 'thông tin về lịch tiếp công dân tháng 10 năm 2024',
    recipients: [],
    body: [
      para('Ủy ban nhân dân tỉnh thông tin lịch tiếp công dân định kỳ tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh như sau:'),
      item('dash', 'Thời gian: ngày 15/10/2024, buổi sáng từ 07 giờ 30 phút.'),
      item('dash', 'Địa điểm: Trụ sở Tiếp công dân tỉnh.'),
      para('Ủy ban nhân dân tỉnh thông báo để cơ quan, tổ chức, công dân biết./.'),
    ],
    distribution: ['Cổng Thông tin điện tử tỉnh', 'Ban Tiếp công dân tỉnh'],
    archive: { units: ['VT', 'VX'], copies: null },
    drafter: null,
  };
}

/** THƯỢNG KHẨN (40×8 mm box) together with the secrecy mark MẬT. */
export function edgeUrgencySecrecy(): Letter {
  return { ...sampleLetter(), urgency: 'THƯỢNG KHẨN', secrecy: 'MẬT' };
}

/** KHẨN (20×8 mm box), no secrecy mark. */
export function edgeUrgencyKhan(): Letter {
  return { ...sampleLetter(), urgency: 'KHẨN' };
}

/** A unit under the UBND: plain parent line above the bold agency name; the director's deputy signs. */
export function edgeParentAgency(): Letter {
  return {
    ...sampleLetter(),
    agency: { parent: 'UBND TỈNH BẮC GIANG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
    number: 86,
    symbol: 'SGDĐT-VP',
    place: 'Bắc Giang',
    date: { day: 14, month: 3, year: 2025 },
    subject: 'báo cáo số liệu đội ngũ giáo viên năm học 2024 - 2025',
    recipients: ['Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'Các trường trung học phổ thông'],
    body: [
      para('Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo số liệu đội ngũ giáo viên năm học 2024 - 2025 theo mẫu gửi kèm.'),
      para('Báo cáo gửi về Sở Giáo dục và Đào tạo (qua Văn phòng Sở) trước ngày 31/3/2025./.'),
    ],
    distribution: ['Như trên', 'Giám đốc, các PGĐ Sở'],
    archive: { units: ['VT', 'VP'], copies: null },
    drafter: null,
    signature: { authority: null, delegation: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', signer: 'Trần Văn Bình' },
  };
}

/** A three-line agency name and a long place name (the dateline is too wide for 14 pt). */
export function edgeAgencyThreeLines(): Letter {
  return {
    ...sampleLetter(),
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ\nHỒ CHÍ MINH' },
    number: 4821,
    symbol: 'UBND-VX',
    place: 'Thành phố Hồ Chí Minh',
    date: { day: 29, month: 12, year: 2025 },
  };
}

const TASKS = [
  'rà soát danh mục hệ thống thông tin và xác định cấp độ an toàn',
  'cập nhật bản vá bảo mật cho máy chủ, máy trạm',
  'kiểm tra sao lưu dữ liệu định kỳ và thử khôi phục',
  'tập huấn kỹ năng nhận diện thư điện tử lừa đảo cho cán bộ',
  'bố trí cán bộ trực giám sát ngoài giờ hành chính',
  'báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông',
  'rà soát tài khoản quản trị và thay đổi mật khẩu mạnh',
  'gỡ bỏ phần mềm không có bản quyền hoặc không rõ nguồn gốc',
];

/** Forty numbered tasks (some with points a)–đ)): several pages, for page numbers and long-list tests. */
export function edgeFortyTasks(): Letter {
  const clauses: Block[] = Array.from({ length: 40 }, (_, i) => {
    const task = TASKS[i % TASKS.length] as string;
    const text = `Nhiệm vụ thứ ${i + 1}: ${task} trong phạm vi quản lý của cơ quan, đơn vị; hoàn thành trước ngày ${(i % 28) + 1}/${(i % 12) + 1}/2025.`;
    const points = i % 10 === 4 ? ['Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm', 'Kinh phí'].map((p) => item('point', `${p} thực hiện nhiệm vụ này.`)) : [];
    return item('clause', text, points);
  });
  return {
    ...seed001(),
    body: [para('Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:'), ...clauses, para('Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai, thực hiện./.')],
  };
}

/** Sections I./II. with titled clauses, eleven points (past đ) to k)), dashes and pluses, mixed marks. */
export function edgeSectionsDeep(): Letter {
  const points = ['rà soát', 'kiểm tra', 'đánh giá', 'tổng hợp', 'đề xuất', 'triển khai', 'giám sát', 'đôn đốc', 'hướng dẫn', 'báo cáo', 'lưu trữ'].map((v) =>
    item('point', `Thực hiện việc ${v} theo đúng quy định.`),
  );
  return {
    ...sampleLetter(),
    body: [
      para('Ủy ban nhân dân tỉnh hướng dẫn thực hiện như sau:'),
      item('section', 'KẾT QUẢ THỰC HIỆN NĂM 2024', [
        item('clause', 'Về công tác chỉ đạo, điều hành', [item('point', 'Ban hành kịp thời các văn bản chỉ đạo.'), item('point', 'Kiểm tra việc thực hiện.')], true),
        item('clause', [run('Về kết quả cụ thể: '), run('đạt 100%', { bold: true }), run(' chỉ tiêu được giao, trong đó '), run('nổi bật', { italic: true }), run(' là '), run('chuyển đổi số', { underline: true }), run('.')]),
      ], true),
      item('section', 'NHIỆM VỤ NĂM 2025', [
        item('clause', 'Các nhiệm vụ chung', points, true),
        item('clause', 'Nhiệm vụ cụ thể', [
          item('point', 'Đối với các sở, ngành:', [item('dash', 'Chủ trì tổ chức thực hiện:', [item('plus', 'Xây dựng kế hoạch chi tiết.'), item('plus', 'Phân công cán bộ phụ trách.')]), item('dash', 'Báo cáo định kỳ hằng quý.')]),
          item('point', 'Đối với UBND cấp huyện: tổ chức triển khai trên địa bàn.'),
        ], true),
      ], true),
      para('Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng UBND tỉnh để tổng hợp, báo cáo./.'),
    ],
  };
}
