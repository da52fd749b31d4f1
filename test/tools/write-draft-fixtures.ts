// Writes test/fixtures/drafts/*.vanthu from the typed letters in test/tools/draft-fixtures/. Each
// draft goes through restoreLetter first, so a fixture that is not a valid draft is never written.
// Run: npx tsx test/tools/write-draft-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restoreLetter, serializeLetter } from '../../core/letter';
import type { Letter } from '../../core/letter';
import { seed000, seed001, seed002 } from './draft-fixtures/seeds-a';
import { seed003, seed004 } from './draft-fixtures/seeds-b';
import * as edges from './draft-fixtures/edges';

const FIXTURES: Record<string, () => Letter> = {
  'seed-000': seed000,
  'seed-001': seed001,
  'seed-002': seed002,
  'seed-003': seed003,
  'seed-004': seed004,
  'edge-pending-number-date': edges.edgePendingNumberDate,
  'edge-one-recipient': edges.edgeOneRecipient,
  'edge-no-recipients': edges.edgeNoRecipients,
  'edge-urgency-secrecy': edges.edgeUrgencySecrecy,
  'edge-urgency-khan': edges.edgeUrgencyKhan,
  'edge-parent-agency': edges.edgeParentAgency,
  'edge-agency-three-lines': edges.edgeAgencyThreeLines,
  'edge-forty-tasks': edges.edgeFortyTasks,
  'edge-sections-deep': edges.edgeSectionsDeep,
};

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/drafts');
mkdirSync(dir, { recursive: true });
for (const [name, make] of Object.entries(FIXTURES)) {
  const restored = restoreLetter(JSON.parse(JSON.stringify(make())));
  if (!restored.ok) throw new Error(`${name}: ${restored.error.messages.join('; ')}`);
  if (restored.value.warnings.length > 0) throw new Error(`${name}: ${restored.value.warnings.join('; ')}`);
  writeFileSync(path.join(dir, `${name}.vanthu`), serializeLetter(restored.value.letter));
  console.log(`${name}.vanthu`);
}
