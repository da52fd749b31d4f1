// Forms of a letter printed to PDF and read back with `pdftotext` (-layout keeps the columns and the
// first-line indents; plain mode keeps neither): a sentence wrapped at a hyphen or dash onto the margin,
// an indented paragraph after a full line, a subject beside a dateline broken after the place, a
// recipient wrapped under itself, Nơi nhận entries wrapped in capitals, and the drafter's mark wrapped
// under the archive line.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

const HEAD = ` BỘ GIÁO DỤC VÀ ĐÀO TẠO              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
     Số: 1277/BGDĐT-QLCL                Hà Nội, ngày 22 tháng 3 năm 2024
  V/v hướng dẫn tổ chức Kỳ thi

                  Kính gửi: Các Sở Giáo dục và Đào tạo.
`;
const FOOT = `
Nơi nhận:                                       KT. BỘ TRƯỞNG
- Như trên;                                     THỨ TRƯỞNG
- Lưu: VT, QLCL.

                                                Phạm Ngọc Thưởng
`;
const printed = (body: string) => read(`${HEAD}${body}${FOOT}`);

describe('a printed body with indented first lines (pdftotext -layout)', () => {
  it('keeps a sentence wrapped at a hyphen onto the margin in its paragraph', () => {
    const { letter } = printed(`       Kỳ thi tốt nghiệp trung học phổ thông năm 2024 (gọi tắt là Kỳ thi) được thực
hiện theo Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm theo Thông
tư số 15/2020/TT-BGDĐT ngày 26/5/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo.
      Bộ Giáo dục và Đào tạo (GDĐT) hướng dẫn các Sở GDĐT, Cục Nhà trường
- Bộ Quốc phòng (gọi chung là các Sở GDĐT) một số nội dung sau:
      1. Các Sở GDĐT chủ trì tổ chức Kỳ thi tại địa phương theo đúng Quy chế
thi và hướng dẫn của Bộ GDĐT./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Kỳ thi tốt nghiệp trung học phổ thông năm 2024 (gọi tắt là Kỳ thi) được thực hiện theo Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo.',
      'p: Bộ Giáo dục và Đào tạo (GDĐT) hướng dẫn các Sở GDĐT, Cục Nhà trường - Bộ Quốc phòng (gọi chung là các Sở GDĐT) một số nội dung sau:',
      { 'clause: Các Sở GDĐT chủ trì tổ chức Kỳ thi tại địa phương theo đúng Quy chế thi và hướng dẫn của Bộ GDĐT./.': [] },
    ]);
  });

  it('keeps the en dash of "Bộ … – Cục …" wrapped onto the margin', () => {
    const { letter } = printed(`      Theo văn bản số 906/KT-KĐ ngày 03/12/2007 của Bộ Giáo dục và Đào tạo
– Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quy chế thi tốt nghiệp
THPT. Trong đó, phân chia thành 225 vấn đề để các đơn vị nghiên cứu, trả lời đủ
225 vấn đề để làm cơ sở hoàn thiện văn bản trước khi ban hành Quy chế.
      Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo Quy
chế thi tốt nghiệp THPT trước ngày 13/12/2007./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Theo văn bản số 906/KT-KĐ ngày 03/12/2007 của Bộ Giáo dục và Đào tạo – Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quy chế thi tốt nghiệp THPT. Trong đó, phân chia thành 225 vấn đề để các đơn vị nghiên cứu, trả lời đủ 225 vấn đề để làm cơ sở hoàn thiện văn bản trước khi ban hành Quy chế.',
      'p: Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT trước ngày 13/12/2007./.',
    ]);
  });

  it('starts a paragraph at an indented line even when the line before filled the width', () => {
    const { letter } = printed(`      Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN&
TTBĐS ngày 14 tháng 11 năm 2025 về rà soát và chuẩn hóa dữ liệu số nhà sau sắp
xếp, gắn liền với dữ liệu đất đai, tọa độ thửa đất, tuyến đường, mã bưu chính;
       Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:
       1. Giao Sở Nông nghiệp và Môi trường khẩn trương chia sẻ toàn bộ cơ sở dữ
liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông tin địa chỉ
(số nhà) của Thành phố Hồ Chí Minh (sau sắp xếp) cho Sở Xây dựng để thực hiện rà
soát, làm sạch dữ liệu số nhà đã cấp theo đúng quy định./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Xét báo cáo, đề xuất của Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu đất đai, tọa độ thửa đất, tuyến đường, mã bưu chính;',
      'p: Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:',
      {
        'clause: Giao Sở Nông nghiệp và Môi trường khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai đã được cập nhật, cùng các tờ bản đồ địa chính có thông tin địa chỉ (số nhà) của Thành phố Hồ Chí Minh (sau sắp xếp) cho Sở Xây dựng để thực hiện rà soát, làm sạch dữ liệu số nhà đã cấp theo đúng quy định./.': [],
      },
    ]);
  });

  it('reads text without indents as before: a dash line after a full sentence is an item', () => {
    const { letter } = printed(`Các Sở Giáo dục và Đào tạo thực hiện các nội dung sau, bảo đảm đúng quy định hiện
hành và hướng dẫn của Bộ Giáo dục và Đào tạo về tổ chức Kỳ thi năm 2024 như sau:
- Rà soát danh sách thí sinh đăng ký dự thi, bảo đảm đúng đối tượng và thời
hạn theo quy định của Quy chế thi hiện hành;
- Tổ chức tập huấn cho cán bộ làm công tác thi./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Các Sở Giáo dục và Đào tạo thực hiện các nội dung sau, bảo đảm đúng quy định hiện hành và hướng dẫn của Bộ Giáo dục và Đào tạo về tổ chức Kỳ thi năm 2024 như sau:',
      { 'dash: Rà soát danh sách thí sinh đăng ký dự thi, bảo đảm đúng đối tượng và thời hạn theo quy định của Quy chế thi hiện hành;': [] },
      { 'dash: Tổ chức tập huấn cho cán bộ làm công tác thi./.': [] },
    ]);
  });
});
