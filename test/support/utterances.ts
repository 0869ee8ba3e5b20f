import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The labelled corpus of test/data/utterances.txt (issue 13). Every 5th data line is held out: it is never
 * copied into the shipped training examples (scripts/build-intents.ts) and only measured.
 */
export interface Utterance {
  /** 0-based index among the data lines; the split is fixed by it. */
  index: number;
  intent: string;
  /** What else an emergency message asks for (a tool), shown after the emergency card. */
  also?: string;
  text: string;
  lang: 'nb' | 'en';
  heldOut: boolean;
}

export const CORPUS_FILE = path.join(__dirname, '..', 'data', 'utterances.txt');

// Words that only English messages use; one is enough to call a line English.
const ENGLISH = /\b(?:the|suspect|suspected|violence|abuse|raped|mandatory|reporting|drugs|already|think|change|new|menu|fighting|teen|kid|create|good|high|explainyou|your|how|what|who|whose|when|where|why|which|is|are|do|does|should|can|my|to|with|about|please|need|meeting|minutes|child|pupil|case|cases|report|worry|worried|hello|hi|help|list|close|school|parents|form|template|rights|level|bullying|consent|english|switch|relay|log|goals|participants|shared|commands|status)\b/i;
const NORWEGIAN = /[æøå]|\b(?:og|jeg|er|ikke|til|på|pa|hvem|hvordan|hva|skal|barnet|eleven|melde|møte|mote|hjelp|saker|med|om|det|en|et|vi)\b/i;

export function languageOf(text: string): 'nb' | 'en' {
  return ENGLISH.test(text) && !NORWEGIAN.test(text) ? 'en' : 'nb';
}

export function parseCorpus(source: string): Utterance[] {
  const out: Utterance[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const sep = line.indexOf(' | ');
    if (sep < 0) throw new Error(`corpus line without " | ": ${line}`);
    const [intent, also] = line.slice(0, sep).trim().split('+') as [string, string | undefined];
    const text = line.slice(sep + 3).trim();
    const index = out.length;
    out.push({ index, intent, ...(also ? { also } : {}), text, lang: languageOf(text), heldOut: index % 5 === 4 });
  }
  return out;
}

export function loadCorpus(): Utterance[] {
  return parseCorpus(fs.readFileSync(CORPUS_FILE, 'utf8'));
}
