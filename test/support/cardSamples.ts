import { AdaptiveCardJson } from '../../src/cards/render';
import { helpCard, welcomeCard } from '../../src/bot/help';

/**
 * Every template in /cards bound with realistic data, the way the bot binds it. The card tests fail when a
 * template has no sample here, so a new card is always checked. Use the longest realistic values.
 */
export interface CardSample {
  template: string;
  name: string;
  build(): AdaptiveCardJson;
}

export const CARD_SAMPLES: CardSample[] = [
  { template: 'welcome', name: 'welcome-nb', build: () => welcomeCard('nb') },
  { template: 'welcome', name: 'welcome-en', build: () => welcomeCard('en') },
  { template: 'help', name: 'help-nb', build: () => helpCard('nb') },
  { template: 'help', name: 'help-en', build: () => helpCard('en') },
];
