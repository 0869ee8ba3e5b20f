import type { Feature } from './app';
import { casesFeature } from './cases';

/** The jobs the bot does, in the order their routes are registered. */
export const FEATURES: Feature[] = [casesFeature];
