// Lints ../openapi.yaml: Redocly's recommended rules, then kyodo's own API conventions
// (docs/api.md) that a generic linter does not know. Exits 1 on any error.
import { createConfig, lint, parseYaml } from '@redocly/openapi-core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specPath = resolve(root, '..', 'openapi.yaml');

const errors = [];
const warnings = [];

// 1. Redocly recommended ruleset.
const config = await createConfig({ extends: ['recommended'] });
for (const p of await lint({ ref: specPath, config })) {
  const where = p.location[0]?.pointer ?? '';
  (p.severity === 'error' ? errors : warnings).push(`${p.ruleId}: ${p.message} ${where}`);
}

// 2. kyodo conventions.
const spec = parseYaml(readFileSync(specPath, 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const PROBLEM = 'application/problem+json';
// GeoJSON (RFC 7946) spells its own type members; a map client expects them exactly so.
const GEOJSON_TYPES = new Set(['FeatureCollection', 'Feature', 'Polygon', 'MultiPolygon']);

const deref = (obj) => {
  let o = obj;
  for (let i = 0; o && o.$ref && i < 10; i++) {
    const parts = o.$ref.replace(/^#\//, '').split('/');
    o = parts.reduce((acc, k) => acc?.[k], spec);
  }
  return o;
};

for (const [path, item] of Object.entries(spec.paths ?? {})) {
  if (!path.startsWith('/api/')) continue;
  if (!path.startsWith('/api/v1/')) errors.push(`${path}: API paths live under /api/v1/`);
  for (const seg of path.split('/').slice(3)) {
    // a parameter may carry a file extension ({token}.ics: calendar programs want one)
    if (!/^\{[a-zA-Z]+\}(\.[a-z]+)?$/.test(seg) && !KEBAB.test(seg)) errors.push(`${path}: segment '${seg}' is not kebab-case`);
  }
  for (const method of METHODS) {
    const op = item[method];
    if (!op) continue;
    const at = `${method.toUpperCase()} ${path}`;
    if (!op.operationId) errors.push(`${at}: no operationId`);
    if (!op.summary) errors.push(`${at}: no summary`);
    if (!op.description) errors.push(`${at}: no description`);
    if (!op.tags || op.tags.length === 0) errors.push(`${at}: no tag`);
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    const names = new Set(params.map((p) => p?.name?.toLowerCase()));
    if ((method === 'put' || method === 'patch') && path.includes('{') && !names.has('if-match')) {
      errors.push(`${at}: updates take If-Match`);
    }
    const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const declared = params.filter((p) => p?.in === 'path').map((p) => p.name);
    if (declared.join(',') !== pathNames.join(',')) {
      errors.push(`${at}: path parameters [${declared}] are not in path order [${pathNames}]`);
    }
    if (method === 'delete' && !names.has('if-match')) warnings.push(`${at}: delete without If-Match`);
    for (const [code, resp] of Object.entries(op.responses ?? {})) {
      const r = deref(resp);
      if (/^[45]/.test(code)) {
        if (!r?.content?.[PROBLEM]) errors.push(`${at}: ${code} is not ${PROBLEM}`);
      }
      if (code === '200' && method === 'get') {
        const schema = deref(r?.content?.['application/json']?.schema);
        if (schema?.type === 'array') errors.push(`${at}: a list answers the list envelope (items, total, page, size), not a bare array`);
        if (schema?.properties?.items && schema?.properties?.total && !(names.has('page') && names.has('size'))) {
          errors.push(`${at}: a list takes page and size`);
        }
      }
    }
  }
}

for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  for (const prop of Object.keys(schema.properties ?? {})) {
    if (!CAMEL.test(prop)) errors.push(`schema ${name}: property '${prop}' is not camelCase`);
  }
  const enums = [schema.enum, ...Object.values(schema.properties ?? {}).map((p) => p?.enum)].filter(Boolean).flat();
  for (const v of enums) {
    if (typeof v === 'string' && !UPPER_SNAKE.test(v) && !GEOJSON_TYPES.has(v)) errors.push(`schema ${name}: enum value '${v}' is not UPPER_SNAKE`);
  }
}

// A $ref stands alone (OpenAPI 3.0 ignores its siblings; generated clients then disagree with the server).
const walk = (node, at) => {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`));
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string' && Object.keys(node).length > 1) {
      errors.push(`${at}: $ref has sibling keywords (${Object.keys(node).filter((k) => k !== '$ref')})`);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
  }
};
walk(spec, '#');

for (const w of warnings) console.warn(`warn  ${w}`);
for (const e of errors) console.error(`error ${e}`);
if (errors.length > 0) {
  console.error(`openapi.yaml: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`openapi.yaml follows the API conventions (${warnings.length} warning(s))`);
