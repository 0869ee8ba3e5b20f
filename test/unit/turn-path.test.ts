import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { withCardLocale } from '../../src/cards/locale';
import { helpCard, welcomeCard } from '../../src/bot/help';
import { routeMessage, nluClassifier } from '../../src/bot/nlu';
import { routeText } from '../../src/domain/nlu/route';

/** What a turn does on its way that other tests only see from outside: its log lines, cards and routing. */

describe('a turn’s held log lines', () => {
  const setup = () => {
    const writes: string[] = [];
    const root = createLogger('info', { service: 's' }, (line) => writes.push(line));
    return { writes, root, events: () => writes.map((l) => (JSON.parse(l) as { event: string }).event) };
  };

  it('holds info lines until flush, in order, with the turn’s fields on each', () => {
    const { writes, root, events } = setup();
    const turn = root.held({ requestId: 'r1' });
    turn.info('a');
    turn.child({ component: 'x' }).info('b');
    turn.debug('not at info');
    expect(writes).toHaveLength(0);
    turn.flush();
    expect(events()).toEqual(['a', 'b']);
    expect(writes.map((l) => JSON.parse(l) as Record<string, unknown>).every((l) => l.requestId === 'r1' && l.service === 's')).toBe(true);
  });

  it('writes a warning at once, after what was held before it', () => {
    const { root, events } = setup();
    const turn = root.held({ requestId: 'r1' });
    turn.info('first');
    turn.warn('problem');
    expect(events()).toEqual(['first', 'problem']);
    turn.info('later');
    expect(events()).toEqual(['first', 'problem']);
    turn.flush();
    expect(events()).toEqual(['first', 'problem', 'later']);
  });

  it('writes what comes after flush at once (work the turn left running)', () => {
    const { root, events } = setup();
    const turn = root.held({ requestId: 'r1' });
    turn.flush();
    turn.info('after');
    expect(events()).toEqual(['after']);
  });
});

describe('the card’s language on its buttons', () => {
  const card = () => ({
    type: 'AdaptiveCard',
    body: [{ type: 'TextBlock', text: 'x' }, { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'v', data: { a: 1 } }, { type: 'Action.Execute', verb: 'w' }] }],
    actions: [{ type: 'Action.Execute', verb: 'u', data: { locale: 'nb' } }, { type: 'Action.Execute', verb: 's', data: 'text' }],
  });

  it('adds the language where a button has none and leaves the card given as it was', () => {
    const original = card();
    const before = JSON.stringify(original);
    const stamped = withCardLocale(original, 'en');
    expect(JSON.stringify(original)).toBe(before);
    expect(stamped.body[1]).toEqual({ type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'v', data: { a: 1, locale: 'en' } }, { type: 'Action.Execute', verb: 'w', data: { locale: 'en' } }] });
    // A language the template set stays; data that is not an object is left alone.
    expect(stamped.actions).toEqual(original.actions);
    expect(stamped.body[0]).toBe(original.body[0]);
  });

  it('gives a card whose buttons all carry their language back as it is', () => {
    const help = helpCard('en');
    expect(withCardLocale(help, 'en')).toBe(help);
    expect(withCardLocale(help, 'nb')).toBe(help);
  });
});

describe('the help and welcome cards', () => {
  it('are bound once per language and cannot be changed by a caller', () => {
    expect(helpCard('nb')).toBe(helpCard('nb'));
    expect(helpCard('nb')).not.toBe(helpCard('en'));
    expect(welcomeCard('en')).toBe(welcomeCard('en'));
    const card = helpCard('nb') as unknown as { body: unknown[] };
    expect(() => card.body.push({})).toThrow(TypeError);
    expect(JSON.stringify(helpCard('en'))).toContain('"locale":"en"');
  });
});

describe('the router’s decision for the bot’s own words', () => {
  it('is the decision routeText makes, each time', () => {
    for (const text of ['hjelp', 'Hjelp', 'help', 'hva kan du', 'bekymring', 'jeg er bekymret for en elev som ikke kommer på skolen']) {
      const expected = JSON.stringify(routeText(text, nluClassifier()));
      expect(JSON.stringify(routeMessage(text))).toBe(expected);
      expect(JSON.stringify(routeMessage(text))).toBe(expected);
    }
  });
});
