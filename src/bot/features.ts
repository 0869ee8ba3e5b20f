import type { Feature } from './app';
import { casesFeature } from './cases';
import { avklaringFeature } from './avklaring';
import { meetingsFeature } from './meetings';
import { guidanceFeature } from './guidance';
import { languageFeature } from './language';

/** The jobs the bot does, in the order their routes are registered. */
export const FEATURES: Feature[] = [languageFeature, casesFeature, avklaringFeature, guidanceFeature, meetingsFeature];
