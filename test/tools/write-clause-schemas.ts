// Writes the JSON Schemas of clause libraries, letter templates and the agency directory from their
// zod sources: `npx tsx test/tools/write-clause-schemas.ts`.
import { writeFileSync } from 'node:fs';
import { CLAUSE_SCHEMA_FILES } from '../../core/clauses/json-schemas';

for (const [file, make] of Object.entries(CLAUSE_SCHEMA_FILES)) {
  writeFileSync(`templates/schemas/${file}`, `${JSON.stringify(make(), null, 2)}\n`);
  console.log(`templates/schemas/${file}`);
}
