// Fails when src/types/api.d.ts is not what openapi-typescript makes of ../openapi.yaml,
// so the committed client types can never drift from the committed contract.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'types', 'api.d.ts');
const dir = mkdtempSync(join(tmpdir(), 'kyodo-api-'));
const fresh = join(dir, 'api.d.ts');
try {
  execFileSync(join(root, 'node_modules', '.bin', 'openapi-typescript'), [spec, '-o', fresh], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const a = readFileSync(committed, 'utf8');
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error('src/types/api.d.ts differs from ../openapi.yaml: run `npm run gen:api` and commit the result.');
    process.exit(1);
  }
  console.log('API types match openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
