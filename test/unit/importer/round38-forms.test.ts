// Forms found while the thirty-eighth unseen round was collected, and misses the probes showed, each
// tested on its own.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

describe('a tax office\'s answer OCR\'d with its signature block lost under the seal (Hà Nội Cục Thuế 81380, the OCR probe)', () => {
  const answer = letterFrom({
    head: 'TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc',
    number: 'Số: 81380/CT-TTHT Hà Nội, ngày 27 tháng 11 năm 2017\nV/v hướng dẫn đăng ký kho hàng',
    greeting: 'Kính gửi: Cổng thông tin điện tử - Bộ Tài chính',
    body: 'Cục Thuế TP Hà Nội trả lời để Cổng thông tin điện tử - Bộ Tài chính được biết./.',
    footer: 'Nơi nhận:\n- Như trên;\n- Phòng Pháp chế;\n- Lưu: VT, TTHT (02). Mai Sơn',
  });
  it('"- Lưu: VT, TTHT (02). Mai Sơn" with no signature read: the name may be the signer\'s, so no drafter is made of it, and a note names it', () => {
    const r = read(answer({}));
    expect(r.letter.drafter).toBeNull();
    expect(r.letter.archive).toEqual({ units: ['VT', 'TTHT'], copies: 2 });
    const said = r.notes.filter((n) => n.path === 'drafter');
    expect(said).toHaveLength(1);
    expect(said[0]?.kind).toBe('uncertain');
    expect(said[0]?.message).toContain('"Mai Sơn"');
  });
  it('with the signature read, the same name is the drafter\'s', () => {
    const r = read(answer({ footer: 'Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Lưu: VT, TTHT (02). Mai Sơn\n\nNguyễn Tiến Trường' }));
    expect(r.letter.drafter).toEqual({ initials: 'Mai Sơn', copies: null });
    expect(r.letter.signature.signer).toBe('Nguyễn Tiến Trường');
  });
  it('a drafter\'s initials or a name with its copies stay the drafter\'s even with no signature read', () => {
    expect(read(answer({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT, Cao Cường (10b)' })).letter.drafter).toEqual({ initials: 'Cao Cường', copies: 10 });
    expect(read(answer({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT, Ph.' })).letter.drafter?.initials).toBe('PH');
  });
});
