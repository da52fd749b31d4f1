// Forms found in the seventh unseen round (a provincial portal's Word paste, a central letter with
// '•' Nơi nhận, table pages that keep each cell's first line), each tested on its own.
import { describe, expect, it } from 'vitest';
import { read, tree } from './read';
import { parseArchive } from '../../../core/importer/archive';
import { Notes } from '../../../core/importer/notes';

const archive = (line: string, symbol: string) => parseArchive(line, new Notes(), { symbol });

describe('the archive line', () => {
  it.each([
    // The Decree's "VT, KGVX. PH." without its closing dot: the token after the units' full stop is the
    // drafter's when the symbol names other units.
    ['Lưu: VT, KGVX. CN', 'UBND-KGVX', ['VT', 'KGVX'], 'CN'],
    ['Lưu: VT, KGVX. CN.', 'UBND-KGVX', ['VT', 'KGVX'], 'CN'],
    // A full stop typed for a comma before the drafting unit the symbol names: all units.
    ['Lưu: VT, TH. KGVX', 'UBND-KGVX', ['VT', 'TH', 'KGVX'], null],
    // No symbol to tell: the token stays a unit.
    ['Lưu: VT, TH. CN', '', ['VT', 'TH', 'CN'], null],
  ])('%s (symbol %s)', (line, symbol, units, initials) => {
    const { archive: a, drafter } = archive(line, symbol);
    expect(a.units).toEqual(units);
    expect(drafter?.initials ?? null).toBe(initials);
  });
});

describe('Nơi nhận printed by our exporter and read back as plain text (no columns)', () => {
  const text = `VĂN PHÒNG CHÍNH PHỦ
Số: 2414/VPCP-KGVX
V/v phòng, chống dịch bệnh do vi rút Zika gây nên
Hà Nội, ngày 06 tháng 4 năm 2016

Kính gửi: Bộ Y tế.

Văn phòng Chính phủ xin thông báo để Bộ Y tế biết, thực hiện./.

Nơi nhận:
- Như trên;
- VPCP: BTCN, PCN Nguyễn Khắc
Định; Trợ lý TTg; TGĐ Cổng
TTĐT;
- Lưu: VT, KGVX (03).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Nguyễn Khắc Định`;

  it('an entry wrapped at a name, its rest holding "; " and a last line of capitals ending in ";", stays one entry', () => {
    const { letter } = read(text);
    expect(letter.distribution).toEqual(['Như trên', 'VPCP: BTCN, PCN Nguyễn Khắc Định; Trợ lý TTg; TGĐ Cổng TTĐT']);
    expect(letter.signature).toEqual({ authority: null, delegation: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM', signer: 'Nguyễn Khắc Định' });
  });
});

describe('the closing sentence after the last clause (seed 004)', () => {
  const letter = (last: string, closing: string) => `ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 4146/UBND-CNTT
V/v bảo đảm an toàn, an ninh mạng
Thanh Hóa, ngày 02 tháng 01 năm 2020

Kính gửi: Các sở, ban, ngành cấp tỉnh.

Chủ tịch UBND tỉnh yêu cầu thực hiện các nội dung sau:
1. Chủ động rà soát các điểm yếu trên hệ thống.
2. ${last}
${closing}
Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Xuân Liêm`;

  it.each([
    // OCR read the clause's full stop as a comma.
    ['Thường xuyên cập nhật thông tin cảnh báo được Cục chia sẻ,', 'Khi triển khai các nội dung nêu trên, các cơ quan liên hệ với Cục An toàn thông tin./.'],
    ['Thường xuyên cập nhật thông tin cảnh báo được Cục chia sẻ.', 'Trong quá trình thực hiện, nếu có vướng mắc, báo cáo về Sở Thông tin và Truyền thông./.'],
  ])('"%s" / "%s": the closing sentence is a paragraph after the clauses', (last, closing) => {
    const { body } = read(letter(last, closing)).letter;
    expect(tree(body)).toEqual(['p: Chủ tịch UBND tỉnh yêu cầu thực hiện các nội dung sau:', { 'clause: Chủ động rà soát các điểm yếu trên hệ thống.': [] }, { [`clause: ${last}`]: [] }, `p: ${closing}`]);
  });

  it('inside a sentence, a lower-case "khi triển khai" goes on', () => {
    const { body } = read(letter('Thường xuyên cập nhật thông tin cảnh báo,', 'khi triển khai các nội dung thì báo cáo./.')).letter;
    expect((tree(body) as unknown[]).at(-1)).toEqual({ 'clause: Thường xuyên cập nhật thông tin cảnh báo, khi triển khai các nội dung thì báo cáo./.': [] });
  });
});
