import { describe, it, expect } from 'vitest';
import { FACT_TOPICS, factsFor } from '../../src/domain/guidance/facts';
import { toolsCard } from '../../src/bot/guidance/verktoy';
import { getGuidanceContent } from '../../src/content/guidance';
import { getMunicipality } from '../../src/content/municipalities';
import { TOOL_FACTS } from '../../src/content/intents/tools';
import { t, type TextKey } from '../../src/i18n';
import { cardTexts } from '../support/cardContent';

/** The rules a plain question asks about come first on the tool answer, each from the municipality's own sources. */
describe('facts on the tool answer', () => {
  it('every fact has a text in both languages and cites a source document', () => {
    for (const topic of FACT_TOPICS) {
      expect(factsFor(topic).length, topic).toBeGreaterThan(0);
      for (const f of factsFor(topic)) {
        for (const locale of ['nb', 'en'] as const) expect(t(locale, f.code as TextKey), `${f.code} ${locale}`).not.toBe(f.code);
        expect(['000', '001', '002', '003', '004']).toContain(f.source.doc);
      }
    }
    // Every topic is reachable from a tool topic of the free-text router.
    expect(new Set(Object.values(TOOL_FACTS))).toEqual(new Set(FACT_TOPICS));
  });

  it('a meeting question gets the twice-a-year rule and the interpreter rule before the tools, with their sources', () => {
    const texts = cardTexts(toolsCard('gode møter', getGuidanceContent('tromso-2025'), 'nb', 'meetings'));
    const twice = texts.findIndex((x) => x.includes(t('nb', 'meetings.prompt.twice-a-year')));
    const firstTool = texts.findIndex((x) => x.startsWith(t('nb', 'guidance.facts.toolsIntro', { count: 1 }).slice(0, 10)));
    expect(twice).toBeGreaterThan(0);
    expect(firstTool).toBeGreaterThan(twice);
    expect(texts.some((x) => x.includes(t('nb', 'meetings.prompt.interpreter-no-relatives')))).toBe(true);
    expect(texts.some((x) => x.startsWith('Kilde: ') && x.includes('Tverrfaglige møter rundt enkeltbarn'))).toBe(true);
  });

  it('a municipality is shown only the facts its own documents give', () => {
    const vt = getMunicipality('vestre-toten');
    expect(vt.sources).not.toContain('000');
    const tromso = cardTexts(toolsCard('mal møtereferat', getGuidanceContent('tromso-2025'), 'nb', 'minutes'));
    const vestreToten = cardTexts(toolsCard('mal møtereferat', getGuidanceContent('vestre-toten'), 'nb', 'minutes'));
    const rotates = t('nb', 'meetings.prompt.referat-rotates');
    expect(tromso.some((x) => x.includes(rotates))).toBe(true);
    expect(vestreToten.some((x) => x.includes(rotates))).toBe(false);
    expect(vestreToten.some((x) => x.includes(t('nb', 'meetings.prompt.referat-agree-before')))).toBe(true);
    expect(vestreToten.join('\n')).not.toMatch(/revidert 2025/);
  });

  it('without a topic the search answer is as before: no facts', () => {
    const texts = cardTexts(toolsCard('samtykke', getGuidanceContent('tromso-2025'), 'nb'));
    expect(texts[0]).toBe(t('nb', 'guidance.tools.title', { query: 'samtykke' }));
    expect(texts.some((x) => x.startsWith('• '))).toBe(false);
  });
});
