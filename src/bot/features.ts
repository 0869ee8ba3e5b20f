import type { Feature } from './app';

/** The jobs the bot does, in the order their routes are registered. */
export const FEATURES: Feature[] = [];
