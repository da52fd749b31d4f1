// Typed variables: the Decree's first-citation form, value checking, forms, and filling blocks while
// keeping marks and leaving unfilled variables visible as «label».
import { describe, expect, it } from 'vitest';
import { citationFull, citationShort, encodeCitation } from '../../../core/clauses/citation';
import { renderValue } from '../../../core/clauses/variables';
import type { VariableDef } from '../../../core/clauses/variables';
import { emptyReport, fillBlocks } from '../../../core/clauses/placeholders';
import { item, run } from '../../../core/letter/inline';

const seed000 = { type: 'Công văn', numberSymbol: '1535/BTTTT-CATTT', date: '18/4/2022', issuer: 'Bộ Thông tin và Truyền thông', subject: 'tăng cường đảm bảo an toàn thông tin mạng trong dịp Lễ 30/4 và 01/5' };

describe('cited document', () => {
  it('renders the first citation exactly as seed 000 writes it', () => {
    expect(citationFull(seed000)).toBe(
      'Công văn số 1535/BTTTT-CATTT ngày 18/4/2022 của Bộ Thông tin và Truyền thông về việc tăng cường đảm bảo an toàn thông tin mạng trong dịp Lễ 30/4 và 01/5',
    );
    expect(citationShort(seed000)).toBe('Công văn số 1535/BTTTT-CATTT');
  });

  it('pads dates, tidies the symbol, does not double "về việc", and lets typed documents carry their own title', () => {
    expect(citationFull({ ...seed000, numberSymbol: '4791 / BTTTT-CATTT', date: '2019-12-31', subject: 'về việc đôn đốc tăng cường bảo đảm an toàn, an ninh mạng.' })).toBe(
      'Công văn số 4791/BTTTT-CATTT ngày 31/12/2019 của Bộ Thông tin và Truyền thông về việc đôn đốc tăng cường bảo đảm an toàn, an ninh mạng',
    );
    expect(citationFull({ type: 'Nghị định', numberSymbol: '85/2016/NĐ-CP', date: '1/7/2016', issuer: 'Chính phủ', subject: 'về bảo đảm an toàn hệ thống thông tin theo cấp độ' })).toBe(
      'Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ',
    );
  });

  it('refuses an incomplete citation with a message naming the variable', () => {
    const def: VariableDef = { name: 'van_ban_bo', type: 'citation', label: 'văn bản của Bộ' };
    expect(renderValue(def, encodeCitation(seed000), 'ngan')).toEqual({ ok: true, value: 'Công văn số 1535/BTTTT-CATTT' });
    const bad = renderValue(def, JSON.stringify({ ...seed000, date: '31/4/2022' }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^văn bản của Bộ:/);
  });
});

describe('variable values', () => {
  const v = (type: VariableDef['type'], extra: Partial<VariableDef> = {}): VariableDef => ({ name: 'x', type, label: 'nhãn', ...extra });
  it('checks phone, email and number values', () => {
    expect(renderValue(v('phone'), '0297.3921.678')).toEqual({ ok: true, value: '0297.3921.678' });
    expect(renderValue(v('phone'), '12ab').ok).toBe(false);
    expect(renderValue(v('email'), 'ducsc@kiengiang.gov.vn').ok).toBe(true);
    expect(renderValue(v('email'), 'ais/mic gov.vn').ok).toBe(false);
    expect(renderValue(v('number'), '03')).toEqual({ ok: true, value: '03' });
    expect(renderValue(v('number'), 'ba').ok).toBe(false);
  });
  it('uses the default when no value is given, and has forms per type', () => {
    expect(renderValue(v('agency', { default: 'Sở Thông tin và Truyền thông' }), '')).toEqual({ ok: true, value: 'Sở Thông tin và Truyền thông' });
    expect(renderValue(v('date'), '5/1/2020', 'dai')).toEqual({ ok: true, value: 'ngày 05 tháng 01 năm 2020' });
    expect(renderValue(v('occasion'), 'tet-nguyen-dan:2026', 'canchi')).toEqual({ ok: true, value: 'Bính Ngọ' });
    expect(renderValue(v('occasion'), 'tet-nguyen-dan:2026', 'ngay')).toEqual({ ok: true, value: '17/02/2026' });
    expect(renderValue(v('text'), undefined)).toEqual({ ok: true, value: null });
  });
});

describe('filling blocks', () => {
  it('fills every run, keeps marks and children, leaves unfilled variables as «label»', () => {
    const defs = new Map<string, VariableDef>([
      ['dip_le', { name: 'dip_le', type: 'occasion', label: 'dịp lễ, Tết' }],
      ['so', { name: 'so', type: 'agency', label: 'Sở phụ trách' }],
    ]);
    const report = emptyReport();
    const out = fillBlocks([item('clause', [run('Dịp {{dip_le}}: ', { bold: true }), run('báo cáo {{so}}.')], [item('point', 'Năm {{dip_le|nam}}.')])], defs, { dip_le: 'tet-nguyen-dan:2025' }, report);
    const top = out[0]!;
    expect(top.content).toEqual([run('Dịp Tết Nguyên đán Ất Tỵ năm 2025: ', { bold: true }), run('báo cáo «Sở phụ trách».')]);
    expect(top.kind === 'item' && top.children[0]!.content[0]!.text).toBe('Năm 2025.');
    expect(report.unfilled).toEqual(['so']);
  });
});
