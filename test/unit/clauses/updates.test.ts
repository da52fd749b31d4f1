// The version update flow end to end: a clause is inserted (at the level the clerk picks, with
// values), the library later gets a new version, the draft shows it as updated with a word diff, and
// the clerk takes it or keeps theirs; the result always restores and the mark goes away.
import { describe, expect, it } from 'vitest';
import { buildCatalog, findClauseUpdates, keepMine, LibrarySchema, renderClause, takeUpdate, unfilledVariables, wordDiff } from '../../../core/clauses';
import type { ClauseLibrary } from '../../../core/clauses';
import { restoreLetter, sampleLetter } from '../../../core/letter';
import type { Block, Letter } from '../../../core/letter';

function library(version: number, text: string, history: Array<{ version: number; note: string }> = []): ClauseLibrary {
  return LibrarySchema.parse({
    kind: 'clause-library',
    schemaVersion: 1,
    id: 'thu',
    title: 'Thư viện thử',
    categories: [{ id: 'chung', title: 'Chung' }],
    variables: [{ name: 'dip_le', type: 'occasion', label: 'dịp lễ, Tết' }],
    clauses: [
      {
        id: 'thu.truc',
        version,
        changeNote: version === 1 ? 'Bản đầu tiên.' : 'Thêm việc báo cáo.',
        title: 'Trực 24/7',
        category: 'chung',
        audience: 'tat-ca',
        body: [{ kind: 'item', level: 'point', content: [{ text }] }],
        history,
      },
      { id: 'thu.khac', version: 1, changeNote: 'Bản đầu tiên.', title: 'Khác', category: 'chung', audience: 'tat-ca', body: [{ kind: 'paragraph', content: [{ text: 'Điều khác.' }] }] },
    ],
  });
}

const V1 = 'Phân công lực lượng trực giám sát 24/7 trong dịp {{dip_le}}.';
const V2 = 'Phân công lực lượng tại chỗ trực giám sát 24/7 trong dịp {{dip_le}} và báo cáo kết quả.';

function draftWithClause(level: 'point' | 'dash' = 'point'): Letter {
  const entry = buildCatalog([library(1, V1)]).byId.get('thu.truc')!;
  const inserted = renderClause(entry, { dip_le: '30-4:2025' }, level).blocks;
  const letter = sampleLetter();
  const first = letter.body[2] as Extract<Block, { kind: 'item' }>;
  return { ...letter, body: [letter.body[0]!, letter.body[1]!, { ...first, children: [...first.children, ...inserted] }, ...letter.body.slice(3)] };
}

describe('inserting a clause', () => {
  it('records id, version, library and values on the inserted block, at the chosen level', () => {
    const letter = draftWithClause('dash');
    const block = (letter.body[2] as Extract<Block, { kind: 'item' }>).children[4]!;
    expect(block).toMatchObject({ kind: 'item', level: 'dash', clause: { id: 'thu.truc', version: 1, library: 'thu', values: { dip_le: '30-4:2025' } } });
    expect(block.content[0]!.text).toBe('Phân công lực lượng trực giám sát 24/7 trong dịp Lễ 30/4 và 01/5.');
    expect(restoreLetter(JSON.parse(JSON.stringify(letter))).ok).toBe(true);
  });

  it('leaves unfilled variables visible and listed for the export warning', () => {
    const entry = buildCatalog([library(1, V1)]).byId.get('thu.truc')!;
    const r = renderClause(entry, {});
    expect(r.report.unfilled).toEqual(['dip_le']);
    const letter = { ...sampleLetter(), body: [...sampleLetter().body, ...r.blocks] };
    expect(unfilledVariables(letter)).toEqual([{ path: `body.${sampleLetter().body.length}`, label: 'dịp lễ, Tết' }]);
  });
});

describe('newer library version', () => {
  const newer = buildCatalog([library(2, V2, [{ version: 1, note: 'Bản đầu tiên.' }])]);

  it('marks nothing while the library has the same version', () => {
    expect(findClauseUpdates(draftWithClause(), buildCatalog([library(1, V1)]))).toEqual([]);
  });

  it('finds the inserted clause, with notes and a word-level difference against the clerk\'s text', () => {
    const [u, ...rest] = findClauseUpdates(draftWithClause(), newer);
    expect(rest).toEqual([]);
    expect(u).toMatchObject({ id: 'thu.truc', fromVersion: 1, toVersion: 2, path: 'body.2.children.4', sameText: false });
    expect(u!.notes.map((n) => n.note)).toEqual(['Thêm việc báo cáo.']);
    expect(u!.diff).toEqual([
      { op: 'equal', text: 'Phân công lực lượng' },
      { op: 'insert', text: 'tại chỗ' },
      { op: 'equal', text: 'trực giám sát 24/7 trong dịp Lễ 30/4 và' },
      { op: 'delete', text: '01/5.' },
      { op: 'insert', text: '01/5 và báo cáo kết quả.' },
    ]);
  });

  it('takes the new version: same values, same level, new version recorded, no more marks', () => {
    const letter = draftWithClause('dash');
    const [u] = findClauseUpdates(letter, newer);
    const taken = takeUpdate(letter, u!);
    const block = (taken.body[2] as Extract<Block, { kind: 'item' }>).children[4]!;
    expect(block).toMatchObject({ level: 'dash', clause: { id: 'thu.truc', version: 2, values: { dip_le: '30-4:2025' } } });
    expect(block.content[0]!.text).toBe('Phân công lực lượng tại chỗ trực giám sát 24/7 trong dịp Lễ 30/4 và 01/5 và báo cáo kết quả.');
    expect(findClauseUpdates(taken, newer)).toEqual([]);
    expect(restoreLetter(JSON.parse(JSON.stringify(taken))).ok).toBe(true);
    // Nothing else moved.
    expect(taken.body.length).toBe(letter.body.length);
    expect((taken.body[2] as Extract<Block, { kind: 'item' }>).children.slice(0, 4)).toEqual((letter.body[2] as Extract<Block, { kind: 'item' }>).children.slice(0, 4));
  });

  it('keeps the clerk\'s edited text when asked, and stops marking it', () => {
    const letter = draftWithClause();
    const parent = letter.body[2] as Extract<Block, { kind: 'item' }>;
    const edited: Letter = {
      ...letter,
      body: letter.body.map((b, i) => (i === 2 ? { ...parent, children: parent.children.map((c, k) => (k === 4 ? { ...c, content: [{ ...c.content[0]!, text: 'Văn bản do văn thư tự sửa.' }] } : c)) } : b)),
    };
    const [u] = findClauseUpdates(edited, newer);
    expect(u!.current).toBe('Văn bản do văn thư tự sửa.');
    const kept = keepMine(edited, u!);
    const block = (kept.body[2] as Extract<Block, { kind: 'item' }>).children[4]!;
    expect(block.content[0]!.text).toBe('Văn bản do văn thư tự sửa.');
    expect(block.clause?.version).toBe(2);
    expect(findClauseUpdates(kept, newer)).toEqual([]);
  });

  it('says so when only the recorded version is old and the text is already the new one', () => {
    const same = buildCatalog([library(2, V1, [{ version: 1, note: 'Bản đầu tiên.' }])]);
    const [u] = findClauseUpdates(draftWithClause(), same);
    expect(u!.sameText).toBe(true);
  });
});

describe('word diff', () => {
  it('is empty of changes for equal text and NFC/NFD spellings', () => {
    expect(wordDiff('an toàn thông tin', 'an toàn thông tin'.normalize('NFD'))).toEqual([{ op: 'equal', text: 'an toàn thông tin' }]);
  });
});

describe('library manager edits', () => {
  it('bumps a version with a note, keeps the old one in history, and the draft then shows the update', async () => {
    const { bumpVersion, replaceClause, serializeLibrary, checkTemplateFiles } = await import('../../../core/clauses');
    const lib = library(1, V1);
    const clause = lib.clauses[0]!;
    const edited = replaceClause(lib, { ...clause, body: [{ kind: 'item', level: 'point', title: false, children: [], content: [{ text: V2, bold: false, italic: false, underline: false }] }] });
    expect(bumpVersion(edited, 'thu.truc', '  ', '2025-01-02').ok).toBe(false);
    const bumped = bumpVersion(edited, 'thu.truc', 'Thêm việc báo cáo.', '2025-01-02');
    if (!bumped.ok) throw new Error(bumped.error);
    expect(bumped.value.clauses[0]).toMatchObject({ version: 2, changeNote: 'Thêm việc báo cáo.', history: [{ version: 1, note: 'Bản đầu tiên.', date: '2025-01-02' }] });
    const text = serializeLibrary(bumped.value);
    if (!text.ok) throw new Error(text.error);
    expect(text.value.startsWith('{\n  "$schema": "../schemas/clause-library.schema.json",')).toBe(true);
    expect(checkTemplateFiles([{ file: 'thu.json', text: text.value }]).problems).toEqual([]);
    expect(findClauseUpdates(draftWithClause(), buildCatalog([bumped.value]))).toHaveLength(1);
  });
});
