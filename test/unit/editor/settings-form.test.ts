// The settings dialog's rules (renderer/src/app/settings-form.ts): what a clerk types becomes the
// Settings both hosts store, or a Vietnamese message on the field that is wrong.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import type { Settings } from '../../../core/platform/contract';
import { SettingsSchema } from '../../../core/platform/schemas';
import { formOf, marginsText, MAX_FOLDERS, settingsFromForm } from '../../../renderer/src/app/settings-form';
import type { SettingsErrors, SettingsForm } from '../../../renderer/src/app/settings-form';

const form = (over: Partial<SettingsForm> = {}): SettingsForm => ({ profile: 'default', name: '', title: '', folders: [], ...over });

function valid(f: SettingsForm): Settings {
  const r = settingsFromForm(f);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
function invalid(f: SettingsForm): SettingsErrors {
  const r = settingsFromForm(f);
  if (r.ok) throw new Error(`expected errors, got ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('settings form → Settings', () => {
  it('round-trips the stored settings unchanged', () => {
    const s: Settings = { profile: 'government', libraryFolders: ['\\\\may-chu\\thu-vien', 'D:\\ThuVien'], reviewer: { name: 'Trần Văn An', title: 'Chánh Văn phòng' } };
    expect(valid(formOf(s))).toEqual(s);
    expect(valid(formOf(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it('trims, collapses white space and stores NFC', () => {
    // "Trần" typed with a combining grave and circumflex (NFD), as some Vietnamese keyboards send it.
    const nfdName = '  Tra\u0302\u0300n   Văn\tAn '.normalize('NFD');
    const s = valid(form({ name: nfdName, title: ' Chánh\nVăn phòng ', folders: ['  /srv/thư-viện  '.normalize('NFD')] }));
    expect(s.reviewer).toEqual({ name: 'Trần Văn An', title: 'Chánh Văn phòng' });
    expect(s.reviewer.name.normalize('NFC')).toBe(s.reviewer.name);
    expect(s.libraryFolders).toEqual(['/srv/thư-viện']);
    expect(s.libraryFolders[0]!.normalize('NFC')).toBe(s.libraryFolders[0]);
  });

  it('accepts a name without a title, refuses a title without a name', () => {
    expect(valid(form({ name: 'Nguyễn Thị Hoa' })).reviewer).toEqual({ name: 'Nguyễn Thị Hoa', title: '' });
    const e = invalid(form({ name: '   ', title: 'Phó Chủ tịch' }));
    expect(e.name).toBe('Hãy nhập họ và tên người góp ý (đã có chức vụ).');
    expect(e.title).toBeUndefined();
  });

  it('refuses a name or title longer than the host stores, naming the field', () => {
    const e = invalid(form({ name: 'A'.repeat(201), title: 'B'.repeat(201) }));
    expect(e.name).toBe('Họ và tên dài quá 200 ký tự.');
    expect(e.title).toBe('Chức vụ dài quá 200 ký tự.');
    expect(valid(form({ name: 'A'.repeat(200) })).reviewer.name).toHaveLength(200);
  });

  it('drops empty folder rows and keeps the order of the others', () => {
    expect(valid(form({ folders: ['', 'E:\\Mau', '   ', '\\\\may-chu\\thu-vien'] })).libraryFolders).toEqual(['E:\\Mau', '\\\\may-chu\\thu-vien']);
  });

  it('marks a duplicate folder on its own row, whatever the case, slashes or trailing separator', () => {
    const e = invalid(form({ folders: ['\\\\may-chu\\thu-vien', 'D:\\ThuVien', '//MAY-CHU/Thu-Vien/', 'd:\\thuvien\\'] }));
    expect(e.folders).toEqual([undefined, undefined, 'Trùng với thư mục 1.', 'Trùng với thư mục 2.']);
    // POSIX paths are case-sensitive: two folders.
    expect(valid(form({ folders: ['/srv/ThuVien', '/srv/thuvien'] })).libraryFolders).toHaveLength(2);
    expect(invalid(form({ folders: ['/srv/thuvien', '/srv/thuvien/'] })).folders[1]).toBe('Trùng với thư mục 1.');
  });

  it('wants a full path, and no control characters', () => {
    const e = invalid(form({ folders: ['thu-vien', 'C:thu-vien', '\\\\may-chu', 'D:\\Thu\u0007Vien', '/srv/ok'] }));
    expect(e.folders.slice(0, 3)).toEqual(Array(3).fill('Cần đường dẫn đầy đủ, ví dụ \\\\may-chu\\thu-vien hoặc D:\\ThuVien.'));
    expect(e.folders[3]).toMatch(/ký tự điều khiển/);
    expect(e.folders[4]).toBeUndefined();
  });

  it('refuses more folders than the host stores', () => {
    const many = Array.from({ length: MAX_FOLDERS + 1 }, (_, i) => `D:\\ThuVien${i}`);
    expect(invalid(form({ folders: many })).form).toBe(`Chỉ đặt được tối đa ${MAX_FOLDERS} thư mục thư viện.`);
    expect(valid(form({ folders: many.slice(0, MAX_FOLDERS) })).libraryFolders).toHaveLength(MAX_FOLDERS);
  });

  it('produces only what the hosts accept (SettingsSchema)', () => {
    const s = valid(form({ profile: 'government', name: 'Lê Văn Bình', title: 'Chủ tịch', folders: ['/srv/a', 'Z:\\b'] }));
    expect(SettingsSchema.safeParse(s).success).toBe(true);
  });

  it('describes each profile by the margins the page and the DOCX use', () => {
    expect(marginsText('default')).toBe('lề trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm');
    expect(marginsText('government')).toBe('lề trên 25 mm, dưới 20 mm, trái 35 mm, phải 20 mm');
  });
});
