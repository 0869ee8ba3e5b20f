import type { Feature } from './host';
import { casesFeature } from './cases';
import { avklaringFeature } from './avklaring';
import { meetingsFeature } from './meetings';
import { guidanceFeature } from './guidance';
import { nluFeature } from './nlu';
import { languageFeature } from './language';

/** The jobs the bot does, in the order their routes are registered; the free-text router sits behind them all. */
export const FEATURES: Feature[] = [languageFeature, casesFeature, avklaringFeature, guidanceFeature, meetingsFeature, nluFeature];
