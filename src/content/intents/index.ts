import type { TrainingExample } from '../../domain/nlu/classifier';
import { examples as nb } from './nb';
import { examples as en } from './en';
import { seeds } from './seeds';

/** Every training example of the free-text router, both languages (a message may be in either). */
export function trainingExamples(): TrainingExample[] {
  return [nb, en, seeds].flatMap((set) => Object.entries(set).flatMap(([intent, texts]) => (texts ?? []).map((text) => ({ intent, text }))));
}
