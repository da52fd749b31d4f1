// Forms of a letter printed to PDF and read back with `pdftotext` (-layout keeps the columns and the
// first-line indents; plain mode keeps neither): a sentence wrapped at a hyphen or dash onto the margin,
// an indented paragraph after a full line, a subject beside a dateline broken after the place, a
// recipient wrapped under itself, Nơi nhận entries wrapped in capitals, and the drafter's mark wrapped
// under the archive line.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { formatArchiveLine } from '../../../core/format';
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

  it('goes on at the margin after a full line that ends in a colon', () => {
    const { letter } = printed(`      Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet thực hiện các nội dung sau:
      - Tăng cường theo dõi, cập nhật, xử lý các phản ánh, khiếu nại của người
dùng về tin nhắn rác, cuộc gọi rác, đặc biệt là tin nhắn lừa đảo, cuộc gọi lừa đảo
qua hệ thống tiếp nhận phản ánh tin nhắn rác, cuộc gọi rác do Bộ Thông tin và
Truyền thông (Cục An toàn thông tin) chia sẻ.
      Trong trường hợp cần hỗ trợ giám sát, xử lý, ứng cứu sự cố đề nghị liên hệ:
Sở Thông tin và Truyền thông (điện thoại: 0207.6251.788); Trung tâm Ứng cứu
khẩn cấp không gian mạng Việt Nam (VNCERT/CC), điện thoại: 024.3640.4421,
đường dây nóng: 0869.100.317; thư điện tử: ir@vncert.vn để có phương án xử lý
kịp thời, hiệu quả.
      Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai,
thực hiện./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet thực hiện các nội dung sau:',
      { 'dash: Tăng cường theo dõi, cập nhật, xử lý các phản ánh, khiếu nại của người dùng về tin nhắn rác, cuộc gọi rác, đặc biệt là tin nhắn lừa đảo, cuộc gọi lừa đảo qua hệ thống tiếp nhận phản ánh tin nhắn rác, cuộc gọi rác do Bộ Thông tin và Truyền thông (Cục An toàn thông tin) chia sẻ.': [] },
      'p: Trong trường hợp cần hỗ trợ giám sát, xử lý, ứng cứu sự cố đề nghị liên hệ: Sở Thông tin và Truyền thông (điện thoại: 0207.6251.788); Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC), điện thoại: 024.3640.4421, đường dây nóng: 0869.100.317; thư điện tử: ir@vncert.vn để có phương án xử lý kịp thời, hiệu quả.',
      'p: Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai, thực hiện./.',
    ]);
  });

  it.each([
    ['a form feed and the page number at the top of the next page', '\f                                        2\n\n'],
    ['a page number between blank lines (no form feed)', '\n                                        - 2 -\n\n'],
  ])('goes on with a sentence cut by a page break: %s', (_shape, pageBreak) => {
    const { letter, notes } = printed(`      2. Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa
phương số 72/2025/QH15 với những quy định mới về tổ chức chính quyền địa
${pageBreak}phương 02 cấp. Để triển khai thi hành Luật này, Bộ Nội vụ được giao xây dựng
các văn bản hướng dẫn Luật.
      3. Các bộ, ngành theo dõi, đôn đốc việc thực hiện./.
`);
    expect(tree(letter.body)).toEqual([
      { 'clause: Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số 72/2025/QH15 với những quy định mới về tổ chức chính quyền địa phương 02 cấp. Để triển khai thi hành Luật này, Bộ Nội vụ được giao xây dựng các văn bản hướng dẫn Luật.': [] },
      { 'clause: Các bộ, ngành theo dõi, đôn đốc việc thực hiện./.': [] },
    ]);
    expect(notes.some((n) => n.kind === 'dropped' && /số trang/.test(n.message))).toBe(true);
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

const BODY = `      Ủy ban nhân dân Thành phố đề nghị các cơ quan, đơn vị triển khai thực hiện./.
`;

describe('a printed header (pdftotext -layout)', () => {
  it('cuts a subject ending in "số" from the date beside it', () => {
    const { letter } = read(`    ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 THÀNH PHỐ HỒ CHÍ MINH                         Độc lập - Tự do - Hạnh phúc
        Số: 4085/UBND-ĐT                         Thành phố Hồ Chí Minh,
  V/v rà soát và chuẩn hóa dữ liệu số           ngày 25 tháng 11 năm 2025
 nhà sau sắp xếp, gắn liền với dữ liệu
              mã bưu chính

                    Kính gửi: Sở Xây dựng.
${BODY}${FOOT}`);
    expect(letter.place).toBe('Thành phố Hồ Chí Minh');
    expect(letter.date).toEqual({ day: 25, month: 11, year: 2025 });
    expect(letter.subject).toBe('rà soát và chuẩn hóa dữ liệu số nhà sau sắp xếp, gắn liền với dữ liệu mã bưu chính');
  });

  it.each([
    [
      'beside the dateline (layout)',
      `    UỶ BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  THÀNH PHỐ HỒ CHÍ MINH                  Độc lập - Tự do - Hạnh phúc
 SỞ GIÁO DỤC VÀ ĐÀO TẠO

       Số: 4144/GDĐT-VP                    Thành phố Hồ Chí Minh,
   V/v cho học sinh nghỉ học Ngày         ngày 25 tháng 11 năm 2018
             26/11/2018
`,
      'cho học sinh nghỉ học Ngày 26/11/2018',
    ],
    [
      'above the dateline (stacked)',
      `SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 4144/GDĐT-VP
V/v cho học sinh nghỉ học ngày 26
tháng 11 năm 2018
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018
`,
      'cho học sinh nghỉ học ngày 26 tháng 11 năm 2018',
    ],
  ])('never takes a subject that names a day for the dateline: %s', (_shape, head, subject) => {
    const { letter } = read(`${head}
               Kính gửi: Chủ tịch Ủy ban nhân dân các quận, huyện.
${BODY}${FOOT}`);
    expect(letter.place).toBe('Thành phố Hồ Chí Minh');
    expect(letter.date).toEqual({ day: 25, month: 11, year: 2018 });
    expect(letter.subject).toBe(subject);
  });

  it('still keeps a blank left for the pending number in its line', () => {
    const { letter } = read(`UBND TỈNH HƯNG YÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số:        /UBND-KGVX           Hưng Yên, ngày      tháng 4 năm 2024
V/v tăng cường an toàn thông tin

Kính gửi: Các sở, ngành tỉnh.
${BODY}${FOOT}`);
    expect(letter.number).toBeNull();
    expect(letter.symbol).toBe('UBND-KGVX');
    expect(letter.date).toEqual({ day: null, month: 4, year: 2024 });
  });
});

describe('a printed header copied without its layout (pdftotext plain, a PDF viewer)', () => {
  it('puts a blank number and a blank day back together across the other column', () => {
    const { letter } = read(`ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số:

Tuyên Quang, ngày

/UBND-THCB

Độc lập - Tự do - Hạnh phúc

tháng 4 năm 2024

V/v tăng cường đảm bảo an toàn
thông tin mạng

Kính gửi: Các sở, ban, ngành tỉnh.
${BODY}${FOOT}`);
    expect(letter.agency.name).toBe('ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG');
    expect([letter.number, letter.symbol]).toEqual([null, 'UBND-THCB']);
    expect(letter.place).toBe('Tuyên Quang');
    expect(letter.date).toEqual({ day: null, month: 4, year: 2024 });
    expect(letter.subject).toBe('tăng cường đảm bảo an toàn thông tin mạng');
  });
});

describe('a printed recipient wrapped under itself', () => {
  const recipientOf = (line: string) =>
    read(`${HEAD.replace(/ {18}Kính gửi:.*\n/, line)}${BODY}${FOOT}`).letter.recipients;

  it('joins the line aligned under the text after "Kính gửi:"', () => {
    expect(recipientOf(` Kính gửi: Công ty TNHH Hanesbrands Việt Nam (đ/c: thôn Tạ Trung, xã Lương
           Bằng, tỉnh Hưng Yên)
`)).toEqual(['Công ty TNHH Hanesbrands Việt Nam (đ/c: thôn Tạ Trung, xã Lương Bằng, tỉnh Hưng Yên)']);
  });

  it('joins a line that closes the bracket the recipient left open', () => {
    expect(recipientOf(`Kính gửi: Công ty TNHH Minh Phát (đ/c: số 12 đường Nguyễn Trãi, phường
Thanh Xuân, Hà Nội)
`)).toEqual(['Công ty TNHH Minh Phát (đ/c: số 12 đường Nguyễn Trãi, phường Thanh Xuân, Hà Nội)']);
  });
});

describe('a printed Nơi nhận beside the signature', () => {
  const footer = (lines: string) =>
    read(`${HEAD}${BODY}
Nơi nhận:                                 TM. ỦY BAN NHÂN DÂN
${lines}
                                                Vũ Thu Hà
`).letter;

  it('goes on with an entry wrapped in capitals after a comma or an open bracket', () => {
    const l = footer(`- Như trên;                                   KT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông (để
  BC);                                        PHÓ CHỦ TỊCH
- VPUB: CVP, PCVP P.T.T Huyền,
  NC, KGVX, TH;
- Lưu: VT, NC.`);
    expect(l.distribution).toEqual(['Như trên', 'Bộ Thông tin và Truyền thông (để BC)', 'VPUB: CVP, PCVP P.T.T Huyền, NC, KGVX, TH']);
    expect(l.signature.title).toBe('PHÓ CHỦ TỊCH');
  });

  it('goes on with a line in mixed case that has a comma inside (plain text, no columns)', () => {
    const l = read(`${HEAD}${BODY}
Nơi nhận:
- Như trên;
- VPCP: BTCN, PCN Phạm Mạnh
Cường, các Vụ: TH, PL, TGĐ
Cổng TTĐT;
- Lưu: VT, CN.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Phạm Mạnh Cường
`).letter;
    expect(l.distribution).toEqual(['Như trên', 'VPCP: BTCN, PCN Phạm Mạnh Cường, các Vụ: TH, PL, TGĐ Cổng TTĐT']);
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', signer: 'Phạm Mạnh Cường' });
  });

  it('reads the drafter mark wrapped under the archive line', () => {
    const l = footer(`- Như trên;                                   KT. CHỦ TỊCH
- Lưu: VT, ĐMDN (02).                          PHÓ CHỦ TỊCH
  TRUNGANH.`);
    expect(l.archive).toEqual({ units: ['VT', 'ĐMDN'], copies: 2 });
    expect(l.drafter).toEqual({ initials: 'TRUNGANH', copies: null });
    expect(l.signature.title).toBe('PHÓ CHỦ TỊCH');
  });

  it('leaves a signature word wrapped under the archive line in the signature', () => {
    const l = read(`${HEAD}${BODY}
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN
DÂN
CHỦ TỊCH
Vũ Thu Hà
`).letter;
    expect(l.drafter).toBeNull();
    expect(l.signature.authority).toBe('TM. ỦY BAN NHÂN DÂN');
  });
});

describe('the drafter mark after the units, accents kept', () => {
  it.each([
    ['- Lưu: VT, NMMT. DVTỊNH.', ['VT', 'NMMT'], 'DVTỊNH'],
    ['- Lưu: VT, KGVX (02). PHƯƠNG.(15)', ['VT', 'KGVX'], 'PHƯƠNG'],
  ])('%s', (line, units, initials) => {
    const { archive, drafter } = parseArchive(line, new Notes());
    expect(archive.units).toEqual(units);
    expect(drafter?.initials).toBe(initials);
  });
});

describe('the archive line as our exporter prints it reads back the same', () => {
  it.each([
    [{ units: ['VT', 'Vụ CQĐP'], copies: null }, null],
    [{ units: ['VT', 'P. LĐTLBHXH'], copies: null }, { initials: 'ĐT', copies: null }],
    [{ units: ['VT', 'VP (HC)'], copies: null }, { initials: 'TÀI', copies: 25 }],
    [{ units: ['VT', 'NMMT'], copies: 2 }, { initials: 'DVTỊNH', copies: null }],
    [{ units: ['VT', 'KGVX'], copies: 2 }, { initials: 'PH', copies: 15 }],
  ])('%j + %j', (archive, drafter) => {
    const line = formatArchiveLine(archive, drafter);
    expect(parseArchive(line, new Notes())).toEqual({ archive, drafter });
  });
});

describe('a printed letter read by OCR (columns run together with one space)', () => {
  const ocr = (footer: string) => read(`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TUYÊN QUANG Độc lập - Tự do - Hạnh phúc
Số: 1209/UBND-THCB Tuyên Quang, ngày 24 tháng 4 năm 2024
V/v tăng cường đảm bảo an toàn thông tin mạng
Kính gửi: Các sở, ban, ngành tỉnh.
${BODY}
${footer}`).letter;

  it('cuts the signature off "Nơi nhận:", an entry and the archive line', () => {
    const l = ocr(`Nơi nhận: KT. CHỦ TỊCH
- Như trên;
- Chủ tịch UBND tỉnh (báo cáo); PHÓ CHỦ TỊCH
- Các PCT UBND tỉnh;
- Lưu: VT, NC, Hoàng Việt Phương`);
    expect(l.distribution).toEqual(['Như trên', 'Chủ tịch UBND tỉnh (báo cáo)', 'Các PCT UBND tỉnh']);
    expect(l.archive).toEqual({ units: ['VT', 'NC'], copies: null });
    expect(l.drafter).toBeNull();
    expect(l.signature).toEqual({ authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Hoàng Việt Phương' });
  });

  it('"- Lưu: VT, KTN (04). HONG.(18) Vân Trọng Lý": the signer after the drafter\'s copies', () => {
    const l = ocr(`Nơi nhận: KT. CHỦ TỊCH
- Như trên;
- Các PCT UBND tỉnh; PHÓ CHỦ TỊCH
- Lưu: VT, KTN (04). HONG.(18) Vân Trọng Lý`);
    expect(l.archive).toEqual({ units: ['VT', 'KTN'], copies: 4 });
    expect(l.drafter).toEqual({ initials: 'HONG', copies: 18 });
    expect(l.signature.signer).toBe('Vân Trọng Lý');
  });

  it('"_ Luu: VT, VX. KN, Nguyễn Mạnh Cường": OCR\'s dash and the line\'s full stop read as a comma', () => {
    const l = ocr(`Nơi nhận: KT. CHỦ TỊCH
- Như trên;
- Các PCT UBND tỉnh; PHÓ CHỦ TỊCH
_ Luu: VT, VX. KN, Nguyễn Mạnh Cường`);
    expect(l.archive).toEqual({ units: ['VT', 'VX'], copies: null });
    expect(l.drafter).toEqual({ initials: 'KN', copies: null });
    expect(l.signature.signer).toBe('Nguyễn Mạnh Cường');
  });

  it('cuts a position in capitals that ends an entry still in its brackets', () => {
    const l = ocr(`Nơi nhận: BỘ TRƯỞNG
- Như trên;
- Cục trưởng Mai Xuân Thành (để PHÓ CỤC TRƯỞNG
báo cáo);
- Lưu: VT, CS (03).

Trần Đức Thắng`);
    expect(l.distribution).toEqual(['Như trên', 'Cục trưởng Mai Xuân Thành (để báo cáo)']);
    expect(l.signature.title).toBe('BỘ TRƯỞNG\nPHÓ CỤC TRƯỞNG');
  });

  it('leaves a marker line, "Tỉnh ủy" and a drafter\'s given name where they are', () => {
    const l = ocr(`Nơi nhận:
- Như trên;
- Ban Thường vụ TỈNH ỦY;
- Lưu: VT, GSQL (03). Trung Anh

Q. GIÁM ĐỐC
Trần Văn Cường`);
    expect(l.distribution).toEqual(['Như trên', 'Ban Thường vụ TỈNH ỦY']);
    // A drafter's name written out is kept as typed (and flagged).
    expect(l.drafter).toEqual({ initials: 'Trung Anh', copies: null });
    expect(l.signature).toEqual({ authority: null, delegation: 'Q. GIÁM ĐỐC', title: '', signer: 'Trần Văn Cường' });
  });

  it('reads "Số: / ngày tháng năm 2025" as a blank number and symbol beside a blank date', () => {
    const { letter } = read(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: / ngày tháng năm 2025
V/v
Kính gửi: Sở Tài chính.
${BODY}${FOOT}`);
    expect([letter.number, letter.symbol]).toEqual([null, '']);
    expect(letter.date).toEqual({ day: null, month: null, year: 2025 });
  });
});

describe('the records desk as OCR reads it', () => {
  it.each(['- Lưu: VI, TBLS-NCC.', '- Lưu: VTI, TBLS-NCC.', '- Lưu: VF, TBLS-NCC.'])('%s is "VT", and says so', (line) => {
    const notes = new Notes();
    expect(parseArchive(line, notes).archive.units).toEqual(['VT', 'TBLS-NCC']);
    expect(notes.list).toContainEqual(expect.objectContaining({ path: 'archive.units', kind: 'converted' }));
  });

  it('leaves a unit "VI" that is not first', () => {
    expect(parseArchive('- Lưu: VT, VI.', new Notes()).archive.units).toEqual(['VT', 'VI']);
  });
});

describe('a printed body read without its indents (pdftotext plain, OCR)', () => {
  it('keeps a dash that follows a nearly full line in mid-sentence in the sentence', () => {
    const { letter } = printed(`Theo văn bản số 906/KT-KĐ ngày 03/12/2007 của Bộ Giáo dục và Đào tạo
– Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quy chế thi tốt
nghiệp THPT. Trong đó, phân chia thành 225 vấn đề để các đơn vị nghiên cứu,
trả lời đủ 225 vấn đề để làm cơ sở hoàn thiện văn bản trước khi ban hành Quy
chế. Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo
trước ngày 13/12/2007.
Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về các nội dung sau:
- Các vấn đề về tổ chức coi thi, chấm thi và phúc khảo bài thi tốt nghiệp THPT
- Các vấn đề về xét công nhận tốt nghiệp THPT./.
`);
    expect(tree(letter.body)).toEqual([
      'p: Theo văn bản số 906/KT-KĐ ngày 03/12/2007 của Bộ Giáo dục và Đào tạo – Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo Quy chế thi tốt nghiệp THPT. Trong đó, phân chia thành 225 vấn đề để các đơn vị nghiên cứu, trả lời đủ 225 vấn đề để làm cơ sở hoàn thiện văn bản trước khi ban hành Quy chế. Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về dự thảo trước ngày 13/12/2007.',
      'p: Sở Giáo dục và Đào tạo đề nghị các đơn vị tham gia ý kiến về các nội dung sau:',
      { 'dash: Các vấn đề về tổ chức coi thi, chấm thi và phúc khảo bài thi tốt nghiệp THPT': [] },
      { 'dash: Các vấn đề về xét công nhận tốt nghiệp THPT./.': [] },
    ]);
  });
});
