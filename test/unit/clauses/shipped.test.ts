// The shipped template folder: every file loads through its schema and passes `library check`, the
// published JSON Schemas are the zod ones and accept the data, and the template builds a valid letter
// whose sections follow the chosen recipients.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import {
  buildCatalog, checkTemplateFiles, directoriesOf, encodeCitation, instantiateTemplate, librariesOf, listTemplates, loadTemplateFiles,
  parseLock, RECIPIENT_ROLES, templatesOf, unfilledVariables,
} from '../../../core/clauses';
import { CLAUSE_SCHEMA_FILES } from '../../../core/clauses/json-schemas';
import { restoreLetter } from '../../../core/letter';
import type { Block } from '../../../core/letter';

const ROOT = path.resolve(__dirname, '../../../templates');
const dataFiles = ['clauses', 'letters', 'directory'].flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.json')).map((f) => `${d}/${f}`));
const inputs = dataFiles.map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
const set = loadTemplateFiles(inputs);
const catalog = buildCatalog(librariesOf(set));
const directory = directoriesOf(set)[0]!;
const template = templatesOf(set).find((t) => t.id === 'attt-le-tet')!;
const today = { day: 20, month: 1, year: 2025 };

const flat = (blocks: readonly Block[]): Block[] => blocks.flatMap((b) => [b, ...(b.kind === 'item' ? flat(b.children) : [])]);
const text = (blocks: readonly Block[]) => flat(blocks).map((b) => b.content.map((r) => r.text).join('')).join('\n');

describe('shipped template folder', () => {
  it('loads every file and passes library check against its lock file', () => {
    expect(set.problems).toEqual([]);
    const lock = parseLock(readFileSync(path.join(ROOT, 'vanthu-library.lock.json'), 'utf8'));
    expect(lock).not.toBeNull();
    expect(checkTemplateFiles(inputs, lock).problems).toEqual([]);
  });

  it('has at least 40 clauses, every recipient role covered, every text NFC', () => {
    expect(catalog.entries.length).toBeGreaterThanOrEqual(40);
    for (const role of RECIPIENT_ROLES) expect(catalog.entries.some((e) => e.clause.audience === role), role).toBe(true);
    for (const input of inputs) expect(input.text, input.file).toBe(input.text.normalize('NFC'));
  });

  it('publishes JSON Schemas equal to the zod schemas, referenced by every data file, and accepting the data', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const [file, make] of Object.entries(CLAUSE_SCHEMA_FILES)) {
      expect(JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8')), file).toEqual(make());
    }
    for (const input of inputs) {
      const data = JSON.parse(input.text) as { $schema: string };
      const schemaPath = path.resolve(ROOT, path.dirname(input.file), data.$schema);
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
      expect(validate(data), `${input.file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('names no real official as a default: only entries marked as examples carry a name', () => {
    for (const s of directory.signers) if (s.name !== '') expect(s.example, s.id).toBe(true);
    const seedSigners = ['Nguyễn Duy Hưng', 'Hoàng Việt Phương', 'Đặng Quốc Vinh', 'Nguyễn Lưu Trung', 'Mai Xuân Liêm'];
    for (const input of inputs) for (const name of seedSigners) expect(input.text.includes(name), `${input.file} names ${name}`).toBe(false);
  });
});

describe('template "Tăng cường bảo đảm an toàn thông tin mạng dịp lễ, Tết"', () => {
  const values = {
    dip_le: 'tet-nguyen-dan:2025',
    van_ban_bo: encodeCitation({ type: 'Công văn', numberSymbol: '5012/BTTTT-CATTT', date: '10/01/2025', issuer: 'Bộ Thông tin và Truyền thông', subject: 'tăng cường bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Ất Tỵ 2025' }),
  };

  it('is listed for "Tạo mới từ mẫu"', () => {
    expect(listTemplates(templatesOf(set)).map((t) => t.title)).toContain('Tăng cường bảo đảm an toàn thông tin mạng dịp lễ, Tết');
  });

  it('builds a letter that restoreLetter accepts, with symbol, Kính gửi, Nơi nhận and signature from the directory', () => {
    const r = instantiateTemplate(template, directory, catalog, { values, signer: 'pct-tm-kt' }, today);
    if (!r.ok) throw new Error(r.error.join('\n'));
    const letter = r.value.letter;
    expect(restoreLetter(JSON.parse(JSON.stringify(letter))).ok).toBe(true);
    expect(letter.subject).toBe('tăng cường bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Ất Tỵ năm 2025');
    expect(letter.symbol).toBe('UBND-KGVX');
    expect(letter.archive.units).toEqual(['VT', 'KGVX']);
    expect(letter.distribution[0]).toBe('Như trên');
    expect(letter.signature).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', delegation: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signer: '«họ tên người ký»' });
    expect(text(letter.body)).toContain('UBND tỉnh nhận được Công văn số 5012/BTTTT-CATTT ngày 10/01/2025 của Bộ Thông tin và Truyền thông về việc');
    expect(text(letter.body).trimEnd().endsWith('./.')).toBe(true);
    // Every inserted clause records its id and version.
    const refs = flat(letter.body).flatMap((b) => (b.clause ? [b.clause] : []));
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref.version).toBe(catalog.byId.get(ref.id)!.clause.version);
    // The shell warns about what is still unfilled (the province, the Sở's phone numbers, the signer).
    expect(unfilledVariables(letter).map((u) => u.path)).toEqual(expect.arrayContaining(['agency.name', 'place', 'signature.signer']));
  });

  it('keeps the voice in step with the signature: "Chủ tịch UBND tỉnh" when no TM. line', () => {
    const r = instantiateTemplate(template, directory, catalog, { values, signer: 'pct-kt' }, today);
    if (!r.ok) throw new Error(r.error.join('\n'));
    expect(r.value.letter.signature.authority).toBeNull();
    expect(text(r.value.letter.body)).toContain('Chủ tịch UBND tỉnh nhận được Công văn số 5012/BTTTT-CATTT');
  });

  it('offers each recipient group its section only when that group is among the recipients', () => {
    const only = instantiateTemplate(template, directory, catalog, { values, recipients: ['so-ban-nganh', 'ubnd-cap-xa'] }, today);
    const all = instantiateTemplate(template, directory, catalog, { values, recipients: ['so-ban-nganh', 'doanh-nghiep-vien-thong', 'ngan-hang-thuong-mai', 'cong-an-tinh'] }, today);
    if (!only.ok || !all.ok) throw new Error('instantiate failed');
    const sections = /^(Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet|Các ngân hàng thương mại trên địa bàn tỉnh|Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh)$/gm;
    expect(text(only.value.letter.body).match(sections)).toBeNull();
    expect(flat(only.value.letter.body).some((b) => /^(vt|nh|ca)\./.test(b.clause?.id ?? ''))).toBe(false);
    expect(text(all.value.letter.body).match(sections)).toHaveLength(3);
    expect(all.value.letter.recipients).toContain('Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet trên địa bàn tỉnh');
  });

  it('reports an unknown directory choice instead of building a wrong letter', () => {
    const r = instantiateTemplate(template, directory, catalog, { values, signer: 'khong-co' }, today);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.join()).toContain('khong-co');
  });
});
