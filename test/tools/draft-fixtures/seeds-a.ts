// Seeds 000–002 (../shared/seeds) typed as a clerk would: OCR noise fixed, content kept as the
// letters really say it (pending number and day in 001, their own Nơi nhận wording).
import { item, para, run, sampleLetter } from '../../../core/letter';
import type { Letter } from '../../../core/letter';

/** Seed 000 — UBND tỉnh Hưng Yên, 1003/UBND-KGVX, 22/4/2022: the app's built-in sample. */
export function seed000(): Letter {
  return sampleLetter();
}

/** Seed 001 — UBND tỉnh Tuyên Quang, …/UBND-THCB, … tháng 4 năm 2024: number and day pending. */
export function seed001(): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG' },
    number: null,
    symbol: 'UBND-THCB',
    place: 'Tuyên Quang',
    date: { day: null, month: 4, year: 2024 },
    urgency: null,
    secrecy: null,
    subject: 'tăng cường đảm bảo an toàn thông tin mạng trong dịp Lễ 30/4, 01/5 và 70 năm chiến thắng Điện Biên Phủ',
    recipients: [
      'Các Sở, ban, ngành thuộc tỉnh',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet',
      'Các Ngân hàng thương mại trên địa bàn tỉnh',
      'Ủy ban nhân dân huyện, thành phố',
    ],
    body: [
      para('Căn cứ Văn bản số 1465/BTTTT-CATTT ngày 17/4/2024 của Bộ Thông tin và Truyền thông về việc tăng cường công tác bảo đảm an toàn thông tin mạng trong dịp Lễ 30/4, 01/5 và 70 năm chiến thắng Điện Biên Phủ.'),
      para([run('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', { bold: true })]),
      item(
        'clause',
        'Các cơ quan, đơn vị, địa phương (mục kính gửi)',
        [
          item('dash', 'Tăng cường và ưu tiên nguồn lực, nhân lực cho nhiệm vụ ứng trực, giám sát 24/7; chủ động theo dõi thường xuyên, liên tục các hệ thống giám sát an toàn thông tin tập trung, hệ thống phòng, chống mã độc tập trung đảm bảo phát hiện, xử lý, khắc phục kịp thời tấn công mạng, cảnh báo mã độc được xác minh.'),
          item('dash', 'Kiểm tra, cập nhật đầy đủ các bản vá an toàn thông tin cho hệ thống thông tin theo cảnh báo của Cục An toàn thông tin và các cơ quan, tổ chức liên quan.'),
          item('dash', 'Rà soát, kiểm tra, đánh giá, khắc phục các lỗ hổng bảo mật; bóc gỡ phần mềm độc hại cho toàn bộ máy chủ, máy trạm trong hệ thống mạng (ưu tiên các hệ thống thông tin có địa chỉ IP nằm trong Danh sách IP mạng Botnet được Cục An toàn thông tin cảnh báo); thường trực theo dõi, tiếp nhận và xử lý các cảnh báo an toàn thông tin qua Nền tảng Điều phối xử lý sự cố an toàn thông tin mạng quốc gia (IRlab.vn) do Bộ Thông tin và Truyền thông cung cấp.'),
          item('dash', 'Sẵn sàng triển khai kế hoạch ứng phó, xử lý sự cố tấn công mạng và nhanh chóng khôi phục hoạt động bình thường của hệ thống thông tin trong trường hợp xảy ra sự cố.'),
        ],
        true,
      ),
      item(
        'clause',
        'Sở Thông tin và Truyền thông',
        [
          item('dash', 'Chủ trì, phối hợp với các cơ quan, đơn vị chủ động rà soát, triển khai các giải pháp đảm bảo an toàn thông tin cho các hệ thống thông tin; đặc biệt là Cổng thông tin điện tử, hệ thống thư điện tử, Cổng dịch vụ công, hệ thống Quản lý văn bản và điều hành,...'),
          item('dash', 'Củng cố và ưu tiên nguồn lực, nhân lực cho nhiệm vụ giám sát và bảo vệ các hệ thống thông tin của tỉnh.'),
        ],
        true,
      ),
      item(
        'clause',
        'Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet',
        [
          item('dash', 'Tăng cường nguồn nhân lực thực hiện trực giám sát, hỗ trợ và khắc phục sự cố bảo đảm hạ tầng viễn thông, Internet an toàn, thông suốt.'),
          item('dash', 'Rà soát, triển khai đầy đủ các biện pháp bảo vệ, bảo đảm phát hiện sớm và kịp thời ngăn chặn hoạt động tấn công mạng, phát tán thông tin xấu độc, thông tin vi phạm pháp luật trên hệ thống thông tin, hạ tầng mạng lưới, nền tảng số thuộc phạm vi quản lý.'),
          item('dash', 'Tăng cường theo dõi, cập nhật, xử lý các phản ánh, khiếu nại của người dùng về tin nhắn rác, cuộc gọi rác, đặc biệt là tin nhắn lừa đảo, cuộc gọi lừa đảo qua hệ thống tiếp nhận phản ánh tin nhắn rác, cuộc gọi rác do Bộ Thông tin và Truyền thông (Cục An toàn thông tin) chia sẻ; xử lý quyết liệt, triệt để các trường hợp phát tán tin nhắn rác, tin nhắn lừa đảo, cuộc gọi rác, cuộc gọi lừa đảo mà người dùng phản ánh.'),
          item('dash', 'Thực hiện nghiêm và kịp thời các biện pháp xử lý theo yêu cầu của Bộ Thông tin và Truyền thông (Cục An toàn thông tin), cơ quan chức năng có thẩm quyền.'),
        ],
        true,
      ),
      para('Trong trường hợp cần hỗ trợ giám sát, xử lý, ứng cứu sự cố đề nghị liên hệ: Sở Thông tin và Truyền thông (điện thoại: 0207.6251.788); Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT/CC), điện thoại: 024.3640.4421, đường dây nóng: 0869.100.317; thư điện tử: ir@vncert.vn; Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC), điện thoại: 024.3209.1616, đường dây nóng: 0389.942.878, thư điện tử: ais@mic.gov.vn để có phương án xử lý kịp thời, hiệu quả.'),
      para('Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị nghiêm túc triển khai, thực hiện./.'),
    ],
    distribution: ['Như trên (thực hiện)', 'Chủ tịch UBND tỉnh (báo cáo)', 'Các PCT UBND tỉnh', 'Chánh VP UBND tỉnh', 'Phó CVP UBND tỉnh'],
    archive: { units: ['VT', 'CNTT'], copies: 2 },
    drafter: { initials: 'TG', copies: null },
    signature: { authority: null, delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Hoàng Việt Phương' },
  };
}

/** Seed 002 — UBND tỉnh Hà Tĩnh, 357/UBND-KGVX, 15/01/2019 (pre-Decree); the deputy's title restored. */
export function seed002(): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH' },
    number: 357,
    symbol: 'UBND-KGVX',
    place: 'Hà Tĩnh',
    date: { day: 15, month: 1, year: 2019 },
    urgency: null,
    secrecy: null,
    subject: 'tăng cường bảo đảm an toàn thông tin mạng trong dịp Tết Nguyên đán Kỷ Hợi năm 2019',
    recipients: ['Văn phòng Tỉnh ủy', 'Các sở, ban, ngành, đoàn thể cấp tỉnh', 'UBND các huyện, thành phố, thị xã', 'Các cơ quan Trung ương đóng trên địa bàn tỉnh'],
    body: [
      para('Theo Bộ Thông tin và Truyền thông, tình hình an toàn thông tin tại Việt Nam năm 2018 có nhiều diễn biến phức tạp, đặc biệt trong khoảng thời gian diễn ra các sự kiện lớn của đất nước và những dịp nghỉ lễ. Trong 6 tháng cuối năm 2018 đã ghi nhận hơn 6 triệu địa chỉ IP của Việt Nam có kết nối đến các tên miền hoặc IP phát tán/điều khiển mã độc trên thế giới, các mạng botnet lớn, trong đó có nhiều trường hợp là các địa chỉ IP của các bộ, ngành, địa phương có kết nối tới máy chủ điều khiển mã độc APT; tình hình lộ, lọt thông tin xác thực diễn biến phức tạp, chủ yếu liên quan đến các tài khoản thư điện tử, hệ thống dịch vụ công, cụ thể là đã có khoảng 1.809 tài khoản trên 512 tên miền gov.vn bị lộ lọt thông tin xác thực.'),
      para('Thực hiện Văn bản số 4327/BTTTT-CATTT ngày 21/12/2018 của Bộ Thông tin và Truyền thông về việc đôn đốc tăng cường bảo đảm an toàn thông tin trong dịp Tết Dương lịch và Tết Nguyên đán Kỷ Hợi năm 2019, UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt một số nội dung sau:'),
      item('clause', 'Chủ động rà soát điểm yếu, lỗ hổng trên hệ thống; tăng cường triển khai các giải pháp bảo đảm an toàn thông tin cho các hệ thống thông tin của cơ quan, đơn vị mình.'),
      item('clause', 'Thủ trưởng các cơ quan đôn đốc, chỉ đạo đơn vị trực thuộc tiến hành rà soát, kiểm tra, thực hiện đầy đủ, kịp thời các quy định về bảo đảm an toàn thông tin, đặc biệt là trong công tác phòng, chống, gỡ bỏ phần mềm độc hại, phần mềm gián điệp (APT).'),
      item('clause', 'Tăng cường theo dõi, giám sát, cử cán bộ chuyên trách về CNTT đảm nhận nhiệm vụ về ATTT trực, theo dõi, giám sát liên tục hệ thống trong suốt thời gian nghỉ lễ, chủ động phát hiện sớm các nguy cơ, dấu hiệu tấn công mạng, kịp thời xử lý các vấn đề phát sinh và báo cáo về Sở Thông tin và Truyền thông.'),
      item('clause', 'Giao Sở Thông tin và Truyền thông:', [
        item('dash', 'Chủ động, thường xuyên phối hợp với các cơ quan, đơn vị thực hiện các biện pháp nêu trên bảo đảm hiệu quả, an toàn; kịp thời phối hợp xử lý các sự cố xảy ra.'),
        item('dash', 'Khi phát hiện dấu hiệu tấn công mạng, kịp thời thông báo về các cơ quan chức năng liên quan của Bộ Thông tin và Truyền thông (Cục An toàn thông tin, VNCERT) để có biện pháp xử lý kịp thời, giảm thiểu thiệt hại.'),
        item('dash', 'Thường xuyên cập nhật thông tin cảnh báo, khuyến nghị về an toàn thông tin khi được Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) thuộc Cục An toàn thông tin chia sẻ, đồng thời đôn đốc, hướng dẫn các cơ quan nhà nước trên địa bàn tỉnh thực hiện.'),
        item('dash', 'Tham mưu thành lập Đội ứng cứu sự cố an toàn thông tin mạng của tỉnh theo hướng dẫn của Bộ Thông tin và Truyền thông.'),
      ]),
      para('Yêu cầu các địa phương, đơn vị triển khai thực hiện nghiêm túc những nội dung nêu trên; trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Thông tin và Truyền thông để được hướng dẫn, giải quyết; trường hợp vượt thẩm quyền Sở Thông tin và Truyền thông tổng hợp, báo cáo đề xuất UBND tỉnh xem xét, quyết định./.'),
    ],
    distribution: ['Như trên', 'Bộ Thông tin và Truyền thông', 'Cục ATTT (Bộ Thông tin và Truyền thông)', 'Chủ tịch, các PCT UBND tỉnh', 'Chánh VP, các Phó VP', 'Trung tâm TT-CB-TH'],
    archive: { units: ['VT', 'KGVX'], copies: null },
    drafter: null,
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: 'Đặng Quốc Vinh' },
  };
}
