import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { parseDraft, restoreLetter, sampleLetter, serializeLetter } from '../../../core/letter';
import { letterJsonSchema } from '../../../core/letter/json-schema';
import { migrate } from '../../../core/letter/migrations';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('restoreLetter', () => {
  it('round-trips the sample letter unchanged', () => {
    const text = serializeLetter(sampleLetter());
    const restored = parseDraft(text);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(serializeLetter(restored.value.letter)).toBe(text);
    expect(restored.value.warnings).toEqual([]);
  });

  it('names the field in Vietnamese when a value is out of range', () => {
    const raw = clone(sampleLetter()) as unknown as Record<string, unknown>;
    raw.date = { day: 5, month: 13, year: 2024 };
    const r = restoreLetter(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.messages).toContain('date.month: tháng phải từ 1 đến 12');
  });

  it('reports a missing required field and a wrong level by path', () => {
    const raw = clone(sampleLetter()) as unknown as Record<string, unknown>;
    delete raw.subject;
    (raw.body as Array<Record<string, unknown>>)[2]!.level = 'chapter';
    const r = restoreLetter(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.messages).toContain('subject: thiếu trường bắt buộc');
    expect(r.error.messages.some((m) => m.startsWith('body.2.level: cấp mục phải là một trong'))).toBe(true);
  });

  it('normalises NFD text to NFC everywhere, including nested runs', () => {
    const raw = clone(sampleLetter());
    raw.subject = 'tăng cường'.normalize('NFD');
    raw.body = [{ kind: 'item', level: 'clause', title: false, content: [{ text: 'Sở Thông tin'.normalize('NFD'), bold: false, italic: false, underline: false }], children: [] }];
    const r = restoreLetter(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.subject).toBe('tăng cường'.normalize('NFC'));
    const first = r.value.letter.body[0];
    expect(first?.content[0]?.text).toBe('Sở Thông tin'.normalize('NFC'));
  });

  it('drops control characters with a warning naming the field, keeping the words', () => {
    const raw = clone(sampleLetter());
    raw.subject = 'an\u0000 toàn\u0007 thông tin';
    const r = restoreLetter(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.subject).toBe('an toàn thông tin');
    expect(r.value.warnings).toEqual(['subject: đã bỏ 2 ký tự điều khiển không hợp lệ']);
  });

  it('keeps line breaks only where the author may place them', () => {
    const raw = clone(sampleLetter());
    raw.subject = 'dòng một\ndòng hai';
    const r = restoreLetter(raw);
    expect(r.ok && r.value.letter.subject).toBe('dòng một dòng hai');
    expect(r.ok && r.value.letter.agency.name).toBe('ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN');
  });

  it('fills optional parts with their defaults (marks false, empty lists)', () => {
    const raw = clone(sampleLetter()) as unknown as Record<string, unknown>;
    delete raw.urgency;
    delete raw.drafter;
    raw.body = [{ kind: 'item', level: 'point', content: [{ text: 'x' }] }];
    const r = restoreLetter(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.letter.urgency).toBeNull();
    expect(r.value.letter.drafter).toBeNull();
    expect(r.value.letter.body[0]).toEqual({ kind: 'item', level: 'point', title: false, content: [{ text: 'x', bold: false, italic: false, underline: false }], children: [] });
  });

  it('refuses a newer format version with a clear message', () => {
    const raw = { ...clone(sampleLetter()), schemaVersion: 7 };
    const r = restoreLetter(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('newer-version');
    expect(r.error.messages[0]).toContain('phiên bản 7');
  });

  it('refuses broken JSON and non-drafts without throwing', () => {
    for (const text of ['{', '', 'null', '[1,2]', '"chuỗi"', '{"foo": 1}', '\u0000\u0001binary']) {
      const r = parseDraft(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.messages.length).toBeGreaterThan(0);
      expect(r.error.messages.join(' ')).not.toMatch(/at .*\(|TypeError|SyntaxError: /);
    }
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseDraft(`\uFEFF${serializeLetter(sampleLetter())}`).ok).toBe(true);
  });
});

describe('migrations', () => {
  it('runs every numbered step from an old version to the current one', () => {
    const table = { 1: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 2, a: 1 }), 2: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 3, b: 2 }) };
    const out = migrate({ schemaVersion: 1 }, table, 3);
    expect(out).toEqual({ kind: 'migrated', from: 1, draft: { schemaVersion: 3, a: 1, b: 2 } });
    expect(migrate({ schemaVersion: 4 }, table, 3)).toEqual({ kind: 'newer', version: 4 });
    expect(migrate({ schemaVersion: 'x' }, table, 3).kind).toBe('unknown');
  });
});

describe('published JSON Schema', () => {
  it('is the file in templates/schemas, regenerated from the zod schema', () => {
    const onDisk = JSON.parse(readFileSync('templates/schemas/letter.schema.json', 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(letterJsonSchema())));
  });

  it('accepts the sample letter and rejects a broken one (validated by an independent validator)', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(letterJsonSchema());
    expect(validate(sampleLetter())).toBe(true);
    expect(validate({ ...sampleLetter(), date: { day: 1, month: 13, year: 2024 } })).toBe(false);
    expect(validate({ ...sampleLetter(), body: [{ kind: 'item', level: 'chapter', content: [] }] })).toBe(false);
  });
});
