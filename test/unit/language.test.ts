import { describe, it, expect } from 'vitest';
import { detectLanguage, parseLanguageCommand, turnLanguage } from '../../src/domain/language';

describe('detectLanguage: clear nb or en, otherwise nothing', () => {
  it.each([
    ['hjelp', 'nb'],
    ['nytt møte', 'nb'],
    ['meldeplikt', 'nb'],
    ['verktøy', 'nb'],
    ['hvem bør koordinere?', 'nb'],
    ['Hva er BTI?', 'nb'],
    ['Jeg er bekymret for et barn i klassen min', 'nb'],
    ['Kan du hjelpe meg med å kalle inn til møte i morgen?', 'nb'],
    ['<at>BTI-bot</at> referat', 'nb'],
    ['trenger hjelp med meeting', 'nb'],
    ['help', 'en'],
    ['new meeting', 'en'],
    ['who should coordinate?', 'en'],
    ['duty to report', 'en'],
    ['what is this thing', 'en'],
    ['How does Tromsø handle this?', 'en'],
    ['I am worried about a child in my class', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['', 'ok', 'BTI-2026-0042', '12:30', '👍', 'Samspill', 'the barn og the'])('%s → no answer (not clear)', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});

describe('parseLanguageCommand', () => {
  it.each([
    ['språk engelsk', 'en'],
    ['Språk: English', 'en'],
    ['language en', 'en'],
    ['language english', 'en'],
    ['set language to English', 'en'],
    ['bytt språk til engelsk', 'en'],
    ['språk norsk', 'nb'],
    ['språk bokmål', 'nb'],
    ['language norwegian', 'nb'],
    ['language nb', 'nb'],
    ['sprak norsk', 'nb'],
    ['<at>BTI-bot</at> language norwegian', 'nb'],
  ] as const)('%s chooses %s', (text, language) => {
    expect(parseLanguageCommand(text)).toEqual({ kind: 'choose', language });
  });

  it('forgets the choice with auto, and explains itself when asked without a value or with one it cannot do', () => {
    expect(parseLanguageCommand('språk auto')).toEqual({ kind: 'forget' });
    expect(parseLanguageCommand('language reset')).toEqual({ kind: 'forget' });
    expect(parseLanguageCommand('språk')).toEqual({ kind: 'usage' });
    expect(parseLanguageCommand('language')).toEqual({ kind: 'usage' });
    expect(parseLanguageCommand('språk tysk')).toEqual({ kind: 'usage' });
  });

  it('never takes an ordinary sentence that mentions a language for the command', () => {
    expect(parseLanguageCommand('barnet snakker engelsk')).toBeUndefined();
    expect(parseLanguageCommand('language barrier')).toBeUndefined();
    expect(parseLanguageCommand('foreldrene trenger tolk, språket er arabisk')).toBeUndefined();
    expect(parseLanguageCommand('hjelp')).toBeUndefined();
    expect(parseLanguageCommand('the child speaks another language at home with the parents')).toBeUndefined();
  });
});

describe('turnLanguage: the reply language of a turn', () => {
  it('the person’s choice wins over everything', () => {
    expect(turnLanguage({ chosen: 'en', words: 'hvem bør koordinere', card: 'nb', client: 'nb' })).toBe('en');
    expect(turnLanguage({ chosen: 'nb', words: 'who should coordinate', card: 'en', client: 'en' })).toBe('nb');
  });

  it('without a choice, clear words decide before the card and Teams (Norwegian staff often run Teams in English)', () => {
    expect(turnLanguage({ words: 'nytt møte', client: 'en' })).toBe('nb');
    expect(turnLanguage({ words: 'new meeting', card: 'nb', client: 'nb' })).toBe('en');
  });

  it('words that say nothing fall through to the card pressed, then Teams', () => {
    expect(turnLanguage({ words: 'BTI-2026-0042', card: 'en', client: 'nb' })).toBe('en');
    expect(turnLanguage({ words: 'BTI-2026-0042', client: 'en' })).toBe('en');
    expect(turnLanguage({ card: 'nb', client: 'en' })).toBe('nb');
    expect(turnLanguage({ client: 'nb' })).toBe('nb');
    expect(turnLanguage({ words: '', client: 'en' })).toBe('en');
  });
});
