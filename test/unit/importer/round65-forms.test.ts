// Forms found while the sixty-fifth unseen round was collected, each tested on its own.
import { describe, expect, it } from 'vitest';
import { read } from './read';

const letter = (footer: string) =>
  `CỤC THUẾ TP HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2461/CT-TTHT Thành phố Hồ Chí Minh, ngày 21 tháng 3 năm 2019\nV/v thuế TNCN\n\nKính gửi: Văn phòng đại diện Hooker Furniture Corporation\n\nCục Thuế Thành phố thông báo Văn phòng đại diện biết để thực hiện./.\n\n${footer}`;

describe('a Hồ Chí Minh OCR text (Cục Thuế 2461, round 65)', () => {
  it('"Nơi nhận |P⁄Z KT, CỤC TRƯỜNG": the marker (its stop read as a comma) goes with its position, past the specks', () => {
    const l = read(letter('Nơi nhận |P⁄Z KT, CỤC TRƯỜNG\n\n~ Như trên;\n\n- P. Pháp chế;\n\n~ Lưu VT; TTHT.')).letter;
    expect([l.signature.delegation, l.signature.title, l.distribution]).toEqual(['KT, CỤC TRƯỜNG', '', ['Như trên', 'P. Pháp chế']]);
  });
  it('"Nơi nhận |P⁄Z KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG": with its full stop, the deputy\'s position under it is the title', () => {
    const l = read(letter('Nơi nhận |P⁄Z KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Lưu: VT, TTHT.\n\nNguyễn Văn A')).letter;
    expect([l.signature.delegation, l.signature.title, l.signature.signer]).toEqual(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'Nguyễn Văn A']);
  });
});
