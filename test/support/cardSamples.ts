import type { AdaptiveCardJson, CardName } from '../../src/cards/render';
import { helpCard, welcomeCard } from '../../src/bot/help';
import { caseListCard, confirmCard, noticeCard } from '../../src/bot/cases';
import type { CaseDoc } from '../../src/store/cases';
import { AVKLARING_CARD_SAMPLES } from './samples/avklaring';
import { GUIDANCE_CARD_SAMPLES } from './samples/guidance';
import { MEETING_CARD_SAMPLES } from './samples/meetings';
import { chooseCard } from '../../src/bot/nlu';

/**
 * Every template in /cards bound with realistic data, the way the bot binds it. The card tests fail when a
 * template has no sample here, so a new card is always checked. Use the longest realistic values.
 */
export interface CardSample {
  template: CardName;
  name: string;
  build(): AdaptiveCardJson;
}

export const CARD_SAMPLES: CardSample[] = [
  { template: 'welcome', name: 'welcome-nb', build: () => welcomeCard('nb') },
  { template: 'welcome', name: 'welcome-en', build: () => welcomeCard('en') },
  { template: 'help', name: 'help-nb', build: () => helpCard('nb') },
  { template: 'help', name: 'help-en', build: () => helpCard('en') },
  { template: 'case-list', name: 'case-list-nb', build: () => caseListCard('nb', sampleCases(12)) },
  { template: 'case-list', name: 'case-list-empty-en', build: () => caseListCard('en', []) },
  { template: 'case-confirm', name: 'case-delete-nb', build: () => confirmCard('nb', 'delete', 'BTI-2026-0042', 365) },
  { template: 'case-confirm', name: 'case-close-en', build: () => confirmCard('en', 'close', 'BTI-2026-0042', 365) },
  ...AVKLARING_CARD_SAMPLES,
  ...GUIDANCE_CARD_SAMPLES,
  ...MEETING_CARD_SAMPLES,
  { template: 'nlu-choose', name: 'nlu-choose-nb', build: () => chooseCard(['meldeplikt.how', 'tool.samtykke'], 'hvor finner jeg skjemaet', 'nb') },
  { template: 'nlu-choose', name: 'nlu-choose-en', build: () => chooseCard(['navigator', 'tool.skolemiljo'], 'level 2', 'en') },
  { template: 'notice', name: 'notice-nb', build: () => noticeCard('Sak BTI-2026-0042 er lukket. Data slettes automatisk 2027-11-23.') },
];

function sampleCases(n: number): CaseDoc[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `case:BTI-2026-${String(i + 1).padStart(4, '0')}`,
    pk: 'team:x',
    type: 'case' as const,
    ops: [],
    ref: `BTI-2026-${String(i + 1).padStart(4, '0')}`,
    profileId: 'tromso-2025',
    createdAt: '2026-11-01T10:00:00Z',
    createdBy: 'u1',
    members: Array.from({ length: 8 }, (_, m) => ({ aadObjectId: `u${m}`, name: `Fagperson ${m}`, role: 'professional' as const })),
    coordinator: i % 2 ? { service: 'helsesykepleier', name: 'Helsesykepleier ved helsestasjonen', since: '2026-11-01', decidedBy: 'agreement' as const } : undefined,
    coordinatorHistory: [],
    status: (['open', 'escalated', 'closed'] as const)[i % 3],
  }));
}
