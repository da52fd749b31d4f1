// The clause panel as the shell mounts it (server-rendered, so no effects run): shipped libraries
// load through the same validation as shared-folder files, a broken file is reported and skipped,
// an inserted clause with a newer library version is marked with its difference.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ClausePanel, { assemble, shippedFiles, unfilledVariables } from '../../../renderer/src/features/clauses';
import { BlocksPreview } from '../../../renderer/src/features/clauses/BlocksPreview';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { KeyValueStorage } from '../../../renderer/src/platform/web-store';
import { DEFAULT_SETTINGS } from '../../../core/platform/contract';
import { item, para, sampleLetter } from '../../../core/letter';
import type { FeaturePanelProps } from '../../../renderer/src/features/types';

const storage: KeyValueStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
const platform = createWebPlatform({ storage, pickFile: async () => ({ kind: 'cancelled' as const }), download: () => undefined, print: () => undefined, guardUnload: () => undefined, search: '' });

function props(letter = sampleLetter()): FeaturePanelProps {
  return { letter, updateLetter: () => undefined, jumpTo: () => undefined, insertBlocks: () => undefined, cursorLevel: () => null, pageSelection: () => null, platform, settings: DEFAULT_SETTINGS };
}

describe('library sources', () => {
  it('bundles the shipped folder and loads it without problems', () => {
    const files = shippedFiles();
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['templates/clauses/an-toan-thong-tin.json', 'templates/letters/attt-le-tet.json', 'templates/directory/danh-ba.json']));
    const set = assemble(files);
    expect(set.problems).toEqual([]);
    expect(set.catalog.entries.length).toBeGreaterThanOrEqual(40);
    expect(set.directory).not.toBeNull();
  });

  it('reports a broken shared-folder file and keeps the rest', () => {
    const set = assemble([...shippedFiles(), { file: '\\\\may-chu\\thu-vien\\hong.json', text: '{ "kind": "clause-library", ' }]);
    expect(set.problems).toHaveLength(1);
    expect(set.problems[0]!.file).toBe('\\\\may-chu\\thu-vien\\hong.json');
    expect(set.catalog.entries.length).toBeGreaterThanOrEqual(40);
  });
});

describe('ClausePanel', () => {
  it('lists clauses that fit the letter\'s recipients and offers the manager', () => {
    const html = renderToStaticMarkup(<ClausePanel {...props()} />);
    expect(html).toContain('Trực giám sát, ứng cứu sự cố 24/7');
    // Seed 000 writes to agencies only: telecom-only clauses are not offered.
    expect(html).not.toContain('Doanh nghiệp viễn thông: biện pháp kỹ thuật ở mức cao nhất');
    expect(html).toContain('Quản lý thư viện');
  });

  it('marks an inserted clause whose library has a newer version, with the word difference and both choices', () => {
    const letter = sampleLetter();
    const old = { ...para('Nhằm phòng, chống nguy cơ mất an toàn thông tin mạng xảy ra trong dịp Lễ 30/4 và 01/5, UBND tỉnh giao các cơ quan, đơn vị, địa phương tăng cường triển khai công tác bảo đảm an toàn thông tin mạng cho các hệ thống thông tin thuộc phạm vi quản lý, cụ thể:'), clause: { id: 'attt.nham-phong-chong', version: 1, values: { dip_le: '30-4:2022', chu_the: 'UBND tỉnh' } } };
    const html = renderToStaticMarkup(<ClausePanel {...props({ ...letter, body: [letter.body[0]!, old, ...letter.body.slice(2)] })} />);
    expect(html).toContain('Đã cập nhật');
    expect(html).toContain('phiên bản 1 → 2');
    expect(html).toMatch(/<del[^>]*>giao <\/del><ins[^>]*>yêu cầu <\/ins>/);
    expect(html).toContain('Dùng bản mới');
    expect(html).toContain('Giữ bản của tôi');
  });

  it('lists unfilled variables of the letter for the export warning', () => {
    const letter = { ...sampleLetter(), body: [item('point', 'Liên hệ «điện thoại của Sở».')] };
    expect(unfilledVariables(letter)).toEqual([{ path: 'body.0', label: 'điện thoại của Sở' }]);
    expect(renderToStaticMarkup(<ClausePanel {...props(letter)} />)).toContain('Còn 1 biến chưa điền');
  });

  it('highlights «unfilled» markers in the preview', () => {
    const html = renderToStaticMarkup(<BlocksPreview blocks={[item('point', 'Báo cáo về «Sở phụ trách».'), item('point', 'Hai.')]} />);
    expect(html).toContain('a) ');
    expect(html).toContain('b) ');
    expect(html).toContain('<mark class="vt-clause-unfilled">«Sở phụ trách»</mark>');
  });
});
