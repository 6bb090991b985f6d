// Model ids and their lifecycle, from Anthropic's models and deprecations pages (SDK 1.12.0,
// Anthropic's deprecation page as of Aug 2026). Dates are UTC days; "unverified" facts are marked.

/** The day of the newest fact in this table: findings and docs say "as of" it. */
export const MODELS_AS_OF = '2026-09-30';

export interface RetiringModel {
  ids: string[];
  deprecatedOn?: string;
  retiresOn: string;
  replacement?: string;
  /** The date or replacement comes from a secondary source, not Anthropic's docs. */
  unverified?: boolean;
}

export const ACTIVE_MODELS: readonly string[] = [
  'claude-fable-5-2',
  'claude-mythos-5-2',
  'claude-haiku-5-5',
  'claude-sonnet-5-5',
  'claude-fable-5-1',
  'claude-opus-5-5',
  'claude-mythos-5-1',
  'claude-sonnet-5',
  'claude-fable-5',
  'claude-mythos-5',
  'claude-opus-5',
  'claude-opus-4-8',
  'claude-opus-4-7',
  'claude-opus-4-6',
  'claude-sonnet-4-6',
  'claude-haiku-4-5',
  'claude-haiku-4-5-20251001',
  'claude-opus-4-5',
  'claude-opus-4-5-20251101',
];

export const LIFECYCLE: readonly RetiringModel[] = [
  {
    ids: [
      'claude-1.0',
      'claude-1.1',
      'claude-1.2',
      'claude-1.3',
      'claude-instant-1.0',
      'claude-instant-1.1',
      'claude-instant-1.2',
    ],
    deprecatedOn: '2024-09-04',
    retiresOn: '2024-11-06',
    replacement: 'claude-haiku-4-5-20251001',
  },
  {
    ids: ['claude-2.0', 'claude-2.1'],
    deprecatedOn: '2025-01-21',
    retiresOn: '2025-07-21',
    replacement: 'claude-opus-4-8',
  },
  {
    ids: ['claude-3-sonnet-20240229'],
    deprecatedOn: '2025-01-21',
    retiresOn: '2025-07-21',
    replacement: 'claude-sonnet-4-6',
  },
  {
    ids: ['claude-3-opus-20240229', 'claude-3-opus-latest'],
    deprecatedOn: '2025-06-30',
    retiresOn: '2026-01-05',
    replacement: 'claude-opus-4-8',
  },
  {
    ids: ['claude-3-5-sonnet-20240620', 'claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-latest'],
    deprecatedOn: '2025-08-13',
    retiresOn: '2025-10-28',
    replacement: 'claude-sonnet-4-6',
  },
  {
    ids: ['claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-latest'],
    deprecatedOn: '2025-10-28',
    retiresOn: '2026-02-19',
    replacement: 'claude-sonnet-4-6',
  },
  {
    ids: ['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'],
    deprecatedOn: '2025-12-19',
    retiresOn: '2026-02-19',
    replacement: 'claude-haiku-4-5-20251001',
  },
  {
    ids: ['claude-3-haiku-20240307'],
    deprecatedOn: '2026-02-19',
    retiresOn: '2026-04-20',
    replacement: 'claude-haiku-4-5-20251001',
  },
  {
    ids: ['claude-opus-4-20250514', 'claude-opus-4-0'],
    deprecatedOn: '2026-04-14',
    retiresOn: '2026-06-15',
    replacement: 'claude-opus-4-8',
  },
  {
    ids: ['claude-sonnet-4-20250514', 'claude-sonnet-4-0'],
    deprecatedOn: '2026-04-14',
    retiresOn: '2026-06-15',
    replacement: 'claude-sonnet-4-6',
  },
  {
    ids: ['claude-opus-4-1-20250805', 'claude-opus-4-1'],
    deprecatedOn: '2026-06-05',
    retiresOn: '2026-08-05',
    replacement: 'claude-opus-4-8',
  },
  // Only the SDK's deprecation warning (0.131.0, 2026-09-30) gives this date; the docs snapshot does not.
  {
    ids: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
    deprecatedOn: '2026-09-30',
    retiresOn: '2026-11-30',
    unverified: true,
  },
  // Third parties disagree on the date (2026-06-30 or 2026-07-21); the earlier one is used.
  { ids: ['claude-mythos-preview'], retiresOn: '2026-06-30', replacement: 'claude-mythos-5', unverified: true },
];

export type ModelStatus =
  | { status: 'active' }
  | { status: 'deprecated' | 'retired'; entry: RetiringModel }
  | { status: 'unknown' };

const byId = new Map(LIFECYCLE.flatMap((entry) => entry.ids.map((id) => [id, entry] as const)));

/** `today` is an ISO date (YYYY-MM-DD); a model retires at the start of its retirement day. */
export function modelStatus(id: string, today: string): ModelStatus {
  const entry = byId.get(id);
  if (entry) return { status: today >= entry.retiresOn ? 'retired' : 'deprecated', entry };
  return ACTIVE_MODELS.includes(id) ? { status: 'active' } : { status: 'unknown' };
}

export const KNOWN_MODEL_IDS: readonly string[] = [...ACTIVE_MODELS, ...byId.keys()];
