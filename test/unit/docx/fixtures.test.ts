// The draft fixtures are shared by the DOCX writer, importer and checker tests: each must be a valid,
// canonical, NFC draft, and the set must cover the edge cases issue 2 names.
import { describe, expect, it } from 'vitest';
import { parseDraft, serializeLetter } from '../../../core/letter';
import { draftNames, draftText, loadDraft, SEED_NAMES } from './fixtures';

describe('test/fixtures/drafts', () => {
  it('has the five seeds and the named edge cases', () => {
    const names = draftNames();
    for (const n of [...SEED_NAMES, 'edge-pending-number-date', 'edge-one-recipient', 'edge-no-recipients', 'edge-urgency-secrecy', 'edge-parent-agency', 'edge-agency-three-lines', 'edge-forty-tasks']) {
      expect(names).toContain(n);
    }
  });

  it.each(draftNames())('%s restores without errors or repairs, is canonical and NFC', (name) => {
    const text = draftText(name);
    const restored = parseDraft(text);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.value.warnings).toEqual([]);
    expect(serializeLetter(restored.value.letter)).toBe(text);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('keeps what the seeds really say: 001 pending number and day, 003 urgent, 004 in January', () => {
    const s1 = loadDraft('seed-001');
    expect(s1.number).toBeNull();
    expect(s1.date).toEqual({ day: null, month: 4, year: 2024 });
    expect(loadDraft('seed-003').urgency).toBe('HỎA TỐC');
    expect(loadDraft('seed-004').date).toEqual({ day: 9, month: 1, year: 2020 });
    expect(JSON.stringify(loadDraft('seed-003'))).not.toContain('Trql');
  });
});
