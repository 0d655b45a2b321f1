/** '' → undefined, so absent stays absent on the wire. */
export function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/** "1,234", "１２３４" → 1234; anything that is not a whole number ≥ 0 → undefined. */
export function parseCount(value: string): number | undefined {
  const v = value.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^\d+$/.test(v)) return undefined;
  return Number(v);
}
