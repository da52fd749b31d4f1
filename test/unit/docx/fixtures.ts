// Loads the typed draft fixtures (test/fixtures/drafts) through the same door the app uses.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDraft } from '../../../core/letter';
import type { Letter } from '../../../core/letter';

export const DRAFTS_DIR = path.resolve(__dirname, '../../fixtures/drafts');

export const SEED_NAMES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const;

export function draftNames(): string[] {
  return readdirSync(DRAFTS_DIR)
    .filter((f) => f.endsWith('.vanthu'))
    .map((f) => f.replace(/\.vanthu$/, ''))
    .sort();
}

export function draftText(name: string): string {
  return readFileSync(path.join(DRAFTS_DIR, `${name}.vanthu`), 'utf8');
}

export function loadDraft(name: string): Letter {
  const restored = parseDraft(draftText(name));
  if (!restored.ok) throw new Error(`${name}: ${restored.error.messages.join('; ')}`);
  return restored.value.letter;
}
