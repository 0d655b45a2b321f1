import type { components } from '@/types/api';

/** 見直しの判定: what the review of a request (依頼の見直し) decides; the request list filters by it. */
export type ReviewDecision = components['schemas']['ReviewDecision'];

export const DECISIONS: readonly ReviewDecision[] = ['ABOLISH', 'MERGE', 'LIGHTEN', 'RECLASSIFY', 'COMPENSATE', 'KEEP'];
