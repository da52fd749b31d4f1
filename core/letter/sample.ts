// The built-in sample letter: seed 000 (UBND tỉnh Hưng Yên, 1003/UBND-KGVX, 22/4/2022), typed as a
// clerk would, with the OCR noise fixed and the drafter mark in the Decree's form.
import { item, para } from './inline';
import type { Letter } from './types';

export function sampleLetter(): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN' },
    number: 1003,
    symbol: 'UBND-KGVX',
    place: 'Hưng Yên',
    date: { day: 22, month: 4, year: 2022 },
    urgency: null,
    secrecy: null,
    subject: 'tăng cường đảm bảo an toàn thông tin mạng dịp Lễ 30/4 và 01/5',
    recipients: ['Các sở, ngành, đoàn thể tỉnh', 'UBND huyện, thị xã, thành phố'],
    body: [
      para(
        'UBND tỉnh nhận được Công văn số 1535/BTTTT-CATTT ngày 18/4/2022 của Bộ Thông tin và Truyền thông về việc tăng cường đảm bảo an toàn thông tin mạng trong dịp Lễ 30/4 và 01/5.',
      ),
      para(
        'Nhằm phòng, chống nguy cơ mất an toàn thông tin mạng xảy ra trong dịp Lễ 30/4 và 01/5, UBND tỉnh giao các sở, ngành, đoàn thể tỉnh, UBND huyện, thị xã, thành phố tăng cường triển khai công tác bảo đảm an toàn thông tin mạng cho các hệ thống thông tin thuộc phạm vi quản lý, cụ thể:',
      ),
      item('clause', 'Tăng cường triển khai hoạt động bảo đảm an toàn thông tin mạng đối với các hệ thống thông tin quan trọng, nhạy cảm trọng tâm là:', [
        item('point', 'Phân công lực lượng tại chỗ triển khai trực giám sát, hỗ trợ, ứng cứu và khắc phục sự cố an toàn thông tin mạng 24/7.'),
        item('point', 'Yêu cầu các đơn vị chuyên trách, đơn vị cung cấp dịch vụ an toàn, an ninh mạng (nếu có) củng cố và ưu tiên nguồn lực, nhân lực cho nhiệm vụ giám sát và bảo vệ các hệ thống thông tin.'),
        item(
          'point',
          'Chủ động rà soát các lỗ hổng, điểm yếu trên các hệ thống thông tin thuộc phạm vi quản lý và triển khai các giải pháp phòng ngừa và khắc phục triệt để các lỗ hổng, điểm yếu đã được Cục An toàn thông tin, Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông cảnh báo như: các lỗ hổng bảo mật ảnh hưởng mức cao và nghiêm trọng trong các sản phẩm Microsoft từ tháng 01 đến tháng 4 năm 2022; lỗ hổng bảo mật Spring4Shell,...',
        ),
        item('point', 'Bảo đảm duy trì, kết nối, kịp thời chia sẻ thông tin với Cục An toàn thông tin, Bộ Thông tin và Truyền thông.'),
      ]),
      item(
        'clause',
        'Sở Thông tin và Truyền thông',
        [
          item(
            'point',
            'Hướng dẫn các cơ quan đơn vị đảm bảo an toàn thông tin dịp lễ 30/4 và 01/5, cử bộ phận chuyên môn thường trực để tiếp nhận, hỗ trợ, xử lý các sự cố nếu có. Cử đầu mối tiếp nhận thông tin với Cục An toàn thông tin, Bộ Thông tin và Truyền thông.',
          ),
          item(
            'point',
            'Chỉ đạo các doanh nghiệp cung cấp dịch vụ viễn thông, internet; các tổ chức, doanh nghiệp cung cấp nền tảng chuyển đổi số, nền tảng chống dịch Covid-19: Triển khai các biện pháp kỹ thuật ở mức cao nhất nhằm phát hiện, chặn lọc, ngăn chặn hoạt động tấn công mạng, phát tán thông tin xấu độc, thông tin vi phạm pháp luật trên hệ thống thông tin, hạ tầng mạng lưới thuộc phạm vi quản lý; thực hiện nghiêm và kịp thời các biện pháp xử lý theo yêu cầu của Bộ Thông tin và Truyền thông và cơ quan chức năng có thẩm quyền./.',
          ),
        ],
        true,
      ),
    ],
    distribution: ['Như trên', 'Chủ tịch, các PCT UBND tỉnh', 'Văn phòng Tỉnh ủy', 'Lãnh đạo VP UBND tỉnh'],
    archive: { units: ['VT', 'KGVX'], copies: null },
    drafter: { initials: 'PH', copies: null },
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      delegation: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      signer: 'Nguyễn Duy Hưng',
    },
  };
}

/** An empty draft for "Tạo mới": the fixed parts present, the rest for the clerk to fill. */
export function blankLetter(year: number): Letter {
  return {
    schemaVersion: 1,
    type: 'cong-van',
    agency: { parent: null, name: 'ỦY BAN NHÂN DÂN\nTỈNH ' },
    number: null,
    symbol: 'UBND-',
    place: '',
    date: { day: null, month: null, year },
    urgency: null,
    secrecy: null,
    subject: '',
    recipients: [],
    body: [para('')],
    distribution: ['Như trên'],
    archive: { units: ['VT'], copies: null },
    drafter: null,
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: '' },
  };
}
