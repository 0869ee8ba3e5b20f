import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cardsDir, renderCard } from '../../src/cards/render';
import { CARD_NAMES } from '../../src/cards/types';
import { CARD_SAMPLES } from '../support/cardSamples';
import { cardProblems } from '../support/cardCheck';

const templates = fs.readdirSync(cardsDir()).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('card templates', () => {
  it('every template has a bound sample to check', () => {
    const sampled = new Set<string>(CARD_SAMPLES.map((s) => s.template));
    expect(templates.filter((t) => !sampled.has(t))).toEqual([]);
  });

  it('the typed card names are exactly the templates in /cards', () => {
    expect([...CARD_NAMES].sort()).toEqual([...templates].sort());
  });

  it('a card binds only its own data type (checked by tsc; a wrong call never runs)', () => {
    const wrongCalls = () => {
      // @ts-expect-error a field the notice card does not have
      renderCard('notice', { txt: 'x' });
      // @ts-expect-error a field of the wrong type
      renderCard('notice', { text: 42 });
      // @ts-expect-error a template that does not exist
      renderCard('no-such-card', { text: 'x' });
      // @ts-expect-error another card's data
      renderCard('case-confirm', { text: 'x' });
    };
    expect(typeof wrongCalls).toBe('function');
    expect(renderCard('notice', { text: 'Saken er lukket.' }).body).toEqual([expect.objectContaining({ text: 'Saken er lukket.' })]);
  });

  it('every template is valid JSON on schema 1.5', () => {
    for (const t of templates) {
      const raw = JSON.parse(fs.readFileSync(path.join(cardsDir(), `${t}.json`), 'utf8'));
      expect(raw.version, t).toBe('1.5');
      expect(raw.type, t).toBe('AdaptiveCard');
    }
  });

  it.each(CARD_SAMPLES.map((s) => [s.name, s] as const))('%s binds to a card Teams accepts (parse, validate, ≤ 28 KB)', (_name, sample) => {
    expect(cardProblems(sample.build())).toEqual([]);
  });

  it('a bound card falls back to its own first line, in the language it was bound in', () => {
    const nb = CARD_SAMPLES.find((s) => s.template === 'help' && !/en/i.test(s.name));
    const card = nb!.build() as { fallbackText?: string; body?: Array<{ text?: string }> };
    expect(card.fallbackText).toBeTruthy();
    expect(JSON.stringify(card.body)).toContain(card.fallbackText!.replace('…', ''));
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x' }] })).toContainEqual(expect.stringMatching(/fallbackText/));
  });

  it('a rotation card too big for Teams drops the person per position first, then shortens the leader list', () => {
    const find = (id: string, card: unknown): Record<string, unknown> | undefined => {
      if (Array.isArray(card)) return card.map((c) => find(id, c)).find(Boolean);
      if (!card || typeof card !== 'object') return undefined;
      const o = card as Record<string, unknown>;
      return o.id === id ? o : Object.values(o).map((v) => find(id, v)).find(Boolean);
    };
    const build = (name: string) => CARD_SAMPLES.find((s) => s.name === name)!.build();
    const normal = build('avklaring-noagreement-nb');
    expect(find('rotp0', normal)).toBeDefined();
    const crowded = build('avklaring-noagreement-max-nb');
    expect(find('rot0', crowded)).toBeDefined();
    expect(find('rotp0', crowded)).toBeUndefined();
    expect(JSON.stringify(crowded)).toContain('for mange deltakere');
    const leaders = (find('leader', crowded)?.choices as unknown[]).length;
    expect(leaders).toBeGreaterThanOrEqual(5);
    expect(leaders).toBeLessThanOrEqual(100);
    expect(cardProblems(crowded)).toEqual([]);
  });

  it('the checker catches what Teams would reject', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] })).toContainEqual(expect.stringMatching(/version/));
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${x}' }] })).toContainEqual(expect.stringMatching(/unbound/));
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'NoSuchElement' }] }).length).toBeGreaterThan(0);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x'.repeat(30_000) }] })).toContainEqual(expect.stringMatching(/bytes/));
  });
});
