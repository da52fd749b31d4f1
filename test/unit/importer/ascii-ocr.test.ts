// Forms of letters OCR'd with no Vietnamese (tone marks lost, letters misread for the marked vowels):
// the header's words are marred past what the plain patterns take, yet still tell their field.
import { describe, expect, it } from 'vitest';
import { letterFrom, read } from './read';

const letter = letterFrom({
  head: 'UBND THANH PHO CA MAU\nPHONG GIAO DUC VA DAO TAO\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc',
  number: 'So: 510/PGDDT\nCa Mau, ngay 15 thang 7 nam 2021\nV/v trien khai thuc hien Ke hoach',
  greeting: 'Kinh gui: Hieu truong cac truong MN, MG, TH, THCS.',
  body: 'De nghi Hieu truong cac truong thuc hien tot noi dung Cong van nay./.',
  footer: 'Noi nhan:\n- Nhu tren;\n- Luu: VT.\nTRUONG PHONG\n\nLe Minh Hai',
});

describe('the agency of a letter OCR\'d with no Vietnamese', () => {
  it('"PHONGGIAODvcvADAoT~O": an education office\'s name with its spaces lost is the unit under its parent', () => {
    const head = 'UBND THANH PHD cA MAU\n\nPHONGGIAODvcvADAoT~O\n\nCQNG HOA xA H()I CUU NGHiA VI~T NAM\nDQc l~p - TV do - H\\lnh phuc';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'UBND THANH PHD cA MAU', name: 'PHONGGIAODvcvADAoT~O' });
  });

  it('"c u e NHA GIAO VA CAN BO": a widely tracked "CỤC" read letter by letter opens the unit under the ministry', () => {
    const head = 'BO GIAO DUG VA DAG TAG\nc u e NHA GIAO VA CAN BO\n" Q U A N LY G I A O D U C\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'BO GIAO DUG VA DAG TAG', name: 'c u e NHA GIAO VA CAN BO\n" Q U A N LY G I A O D U C' });
  });

  it('"TONG LIENDOANLAODONG VI;ETNAM …" / "LIEN DOAN LAO BONG(cid:9) DOc 14p …": the tab a PDF extractor wrote "(cid:9)" parts the columns, and the city\'s union is the unit', () => {
    const head = 'TONG LIENDOANLAODONG VI;ETNAM CONG HOA XA HOI CHU NGI-liA VIET NAM\nLIEN DOAN LAO BONG(cid:9) DOc 14p - Tu. do - 14nh phtic\nTHANH PHO HO CHI MINH';
    expect(read(letter({ head })).letter.agency).toEqual({ parent: 'TONG LIENDOANLAODONG VI;ETNAM', name: 'LIEN DOAN LAO BONG\nTHANH PHO HO CHI MINH' });
  });
});

describe('the number line of a letter OCR\'d with no Vietnamese', () => {
  it('"S6:31f Ii/LDLD-TC TP. Ha Chi Minh, ngay 26 thong cnarn 2021": a scrawl in two pieces, then a dateline whose month OCR lost', () => {
    const { letter: l } = read(letter({ number: 'S6:31f Ii/LDLD-TC TP. Ha Chi Minh, ngay 26 thong cnarn 2021\nVe viec thanh toan tien luong' }));
    expect([l.number, l.symbol, l.place]).toEqual([null, 'LDLD-TC', 'TP. Ha Chi Minh']);
    expect(l.date).toEqual({ day: 26, month: null, year: 2021 });
  });
});

