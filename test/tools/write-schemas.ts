// Writes the published JSON Schemas from their zod sources: `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { letterJsonSchema } from '../../core/letter/json-schema';

writeFileSync('templates/schemas/letter.schema.json', `${JSON.stringify(letterJsonSchema(), null, 2)}\n`);
console.log('templates/schemas/letter.schema.json');
