// Seeds 003–004 typed as a clerk would. Seed 003's page has no header in the transcription; the clerk
// knows the issuer (UBND tỉnh Kiên Giang) and types it. The stray "Trql" initial is not text and is
// dropped; the missing closing "./." is kept missing, as the letter really is (the exporter and the
// checker deal with it). Seed 004's heavy OCR noise is corrected word by word.
import { item, para } from '../../../core/letter';
import type { Letter } from '../../../core/letter';

/** Seed 003 — UBND tỉnh Kiên Giang, 1556/UBND-KGVX, 30/8/2022, HỎA TỐC. */
export function seed003(): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG' },
    number: 1556,
    symbol: 'UBND-KGVX',
    place: 'Kiên Giang',
    date: { day: 30, month: 8, year: 2022 },
    urgency: 'HỎA TỐC',
    secrecy: null,
    subject: 'tăng cường đảm bảo an toàn thông tin mạng trong thời gian nghỉ lễ Quốc khánh 02/9',
    recipients: ['Các Sở, ban, ngành tỉnh', 'UBND các huyện, thành phố', 'Trung tâm Công nghệ thông tin và Truyền thông', 'Các doanh nghiệp viễn thông tỉnh Kiên Giang'],
    body: [
      para('Thực hiện Công văn số 4388/BTTTT-CATTT ngày 25/8/2022 của Bộ Thông tin và Truyền thông về việc tăng cường đảm bảo an toàn thông tin mạng trong thời gian nghỉ lễ Quốc khánh 02/9.'),
      para('Nhằm phòng, chống nguy cơ mất an toàn thông tin mạng xảy ra trong thời gian nghỉ lễ Quốc khánh 02/9; Ủy ban nhân dân tỉnh đề nghị các Sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố và các doanh nghiệp viễn thông tăng cường triển khai công tác bảo đảm an toàn thông tin mạng cho các hệ thống thông tin thuộc phạm vi quản lý, cụ thể:'),
      item('clause', 'Đề nghị triển khai đầy đủ các phương án bảo đảm an toàn hệ thống thông tin theo cấp độ.'),
      item('clause', 'Tổ chức giám sát, bảo vệ hệ thống thông tin. Phân công lực lượng tại chỗ triển khai trực giám sát, bảo đảm an toàn thông tin mạng 24/7. Ưu tiên nguồn lực cho nhiệm vụ giám sát và bảo vệ các hệ thống thông tin.'),
      item('clause', 'Thiết lập đường dây nóng tiếp nhận thông báo sự cố; tất cả các trường hợp sự cố xảy ra cần phải báo cáo về Sở Thông tin và Truyền thông chậm nhất 03 ngày kể từ khi phát hiện sự cố để theo dõi, quản lý, điều phối xử lý sự cố.'),
      item('clause', 'Chủ động tổ chức hoạt động ứng cứu sự cố an toàn thông tin mạng đối với các hệ thống thuộc phạm vi quản lý nhằm phát hiện, ngăn chặn, xử lý và khắc phục kịp thời sự cố an toàn thông tin mạng.'),
      item('clause', 'Đối với các doanh nghiệp viễn thông trên địa bàn tỉnh:', [
        item('point', 'Bố trí nguồn lực thực hiện trực giám sát, hỗ trợ và khắc phục sự cố bảo đảm hạ tầng viễn thông, internet an toàn, thông suốt.'),
        item('point', 'Triển khai các biện pháp kỹ thuật ở mức cao nhất nhằm phát hiện, chặn lọc, ngăn chặn hoạt động tấn công mạng, phát tán thông tin xấu độc, thông tin vi phạm pháp luật trên hệ thống thông tin, hạ tầng mạng lưới thuộc phạm vi quản lý.'),
        item('point', 'Thực hiện nghiêm và kịp thời các biện pháp xử lý theo yêu cầu của Sở Thông tin và Truyền thông và cơ quan chức năng có thẩm quyền.'),
      ]),
      item('clause', 'Trong trường hợp cần hỗ trợ xử lý, ứng cứu và khắc phục sự cố, đề nghị liên hệ với đầu mối của Sở Thông tin và Truyền thông (Cơ quan Thường trực Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Kiên Giang), điện thoại 0297.3921.678 hoặc đường dây nóng ứng cứu sự cố 082.456.3838, thư điện tử: ducsc@kiengiang.gov.vn.'),
    ],
    distribution: [
      'Như trên',
      'CT và các PCT UBND tỉnh',
      'Cục An toàn thông tin',
      'Công an tỉnh',
      'Sở Thông tin và Truyền thông',
      'Thành viên Đội ứng cứu sự cố an toàn thông tin mạng tỉnh',
      'LĐVP UBND tỉnh',
      'Phòng KGVX',
    ],
    archive: { units: ['VT', 'KGVX'], copies: null },
    drafter: { initials: 'TĐAT', copies: null },
    signature: { authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Nguyễn Lưu Trung' },
  };
}

/** Seed 004 — UBND tỉnh Thanh Hóa, 4146/UBND-CNTT, 09/01/2020 (pre-Decree). */
export function seed004(): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA' },
    number: 4146,
    symbol: 'UBND-CNTT',
    place: 'Thanh Hóa',
    date: { day: 9, month: 1, year: 2020 },
    urgency: null,
    secrecy: null,
    subject: 'tăng cường bảo đảm an toàn, an ninh mạng trong dịp Tết Nguyên đán Canh Tý 2020',
    recipients: ['Các sở, ban, ngành, đơn vị cấp tỉnh', 'UBND các huyện, thị xã, thành phố'],
    body: [
      para('Thực hiện Công văn số 4791/BTTTT-CATTT ngày 31/12/2019 của Bộ Thông tin và Truyền thông về việc đôn đốc tăng cường bảo đảm an toàn, an ninh mạng trong dịp Tết Dương lịch và Tết Canh Tý 2020; Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố thực hiện các nội dung sau:'),
      item('clause', 'Chủ động rà soát các điểm yếu, lỗ hổng trên hệ thống; tăng cường triển khai các giải pháp bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin của cơ quan, đơn vị mình.'),
      item('clause', 'Chỉ đạo đơn vị trực thuộc tiến hành rà soát, kiểm tra, thực hiện đầy đủ, kịp thời các quy định về bảo đảm an toàn, an ninh mạng, đặc biệt là trong công tác phòng, chống, gỡ bỏ phần mềm độc hại, phần mềm gián điệp, tấn công có chủ đích (APT).'),
      item('clause', 'Tăng cường theo dõi, giám sát, chủ động phát hiện sớm các nguy cơ, dấu hiệu tấn công mạng, kịp thời xử lý các vấn đề phát sinh. Cử cán bộ kỹ thuật trực theo dõi, giám sát liên tục các hệ thống thông tin trong các dịp nghỉ lễ.'),
      item('clause', 'Khi phát hiện dấu hiệu của các chiến dịch tấn công mạng, thông báo về Sở Thông tin và Truyền thông để phối hợp với Cục An toàn thông tin, Bộ Thông tin và Truyền thông có biện pháp xử lý kịp thời, giảm thiểu thiệt hại.'),
      item('clause', 'Thường xuyên cập nhật thông tin cảnh báo, khuyến nghị về an toàn, an ninh mạng được Sở Thông tin và Truyền thông và Cục An toàn thông tin chia sẻ.'),
      para('Khi triển khai các nội dung nêu trên, trong trường hợp cần thiết, các cơ quan, đơn vị có thể liên hệ với Cục An toàn thông tin, số điện thoại: 024.3943.6684, đường dây nóng: 0869100320, thư điện tử: ais@mic.gov.vn để được phối hợp, hỗ trợ./.'),
    ],
    distribution: ['Như trên', 'Bộ Thông tin và Truyền thông (để BC)', 'Chủ tịch UBND tỉnh (để BC)', 'PCT Mai Xuân Liêm'],
    archive: { units: ['VT', 'CNTT'], copies: null },
    drafter: null,
    signature: { authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Mai Xuân Liêm' },
  };
}
