import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { CardSample } from '../cardSamples';
import { t } from '../../../src/i18n';
import { getGuidanceContent } from '../../../src/content/guidance';
import { emergencyOutcome, getOutcome, listDecisionNodes, type DecisionNode } from '../../../src/domain/guidance';
import { nodeHelp, nodeQuestion } from '../../../src/bot/guidance/texts';
import { attentionCard, decisionCard, emergencyCard, meldepliktCard, outcomeCard } from '../../../src/bot/guidance/meldeplikt';
import { navigatorCard } from '../../../src/bot/guidance/navigator';
import { toolsCard } from '../../../src/bot/guidance/verktoy';
import { toolCard } from '../../../src/bot/guidance/messageExtension';
import { popularTools } from '../../../src/bot/guidance/common';
import { meldepliktAnswerCard } from '../../../src/bot/guidance/answers';
import { meldepliktAnswer } from '../../../src/domain/guidance/meldepliktAnswers';

/**
 * Every guidance card bound with the largest real content (the step with the most tools and questions, the
 * longest decision question, the tools with the longest texts), both profiles and both languages.
 */
const tromso = getGuidanceContent('tromso-2025');
const vestreToten = getGuidanceContent('vestre-toten');

function longestNode() {
  const size = (n: DecisionNode) => (nodeQuestion(n, 'nb') + nodeHelp(n, 'nb')).length;
  return [...listDecisionNodes()].sort((a, b) => size(b) - size(a))[0]!;
}

function longestTool() {
  return [...tromso.tools].sort((a, b) => b.description.nb.length + b.name.nb.length - (a.description.nb.length + a.name.nb.length))[0]!;
}

export const GUIDANCE_CARD_SAMPLES: CardSample[] = [
  { template: 'guidance-outcome', name: 'guidance-emergency-nb', build: () => emergencyCard(tromso, 'nb') },
  { template: 'guidance-outcome', name: 'guidance-emergency-vestre-toten-en', build: () => emergencyCard(vestreToten, 'en') },
  { template: 'guidance-outcome', name: 'guidance-outcome-report-now-nb', build: () => outcomeCard(getOutcome('report-now'), tromso, 'nb') },
  { template: 'guidance-outcome', name: 'guidance-outcome-attention-nb', build: () => outcomeCard(getOutcome('oppmerksomhetsplikt'), tromso, 'nb') },
  { template: 'guidance-outcome', name: 'guidance-outcome-emergency-en', build: () => outcomeCard(emergencyOutcome(), tromso, 'en') },
  { template: 'guidance-outcome', name: 'guidance-attention-nb', build: () => attentionCard(tromso, 'nb') },
  { template: 'guidance-meldeplikt', name: 'guidance-meldeplikt-nb', build: () => meldepliktCard(tromso, 'nb') },
  { template: 'guidance-meldeplikt', name: 'guidance-meldeplikt-vestre-toten-en', build: () => meldepliktCard(vestreToten, 'en') },
  { template: 'guidance-decision', name: 'guidance-decision-nb', build: () => decisionCard(longestNode(), 7, 'nb', t('nb', 'guidance.decide.stale')) },
  { template: 'guidance-decision', name: 'guidance-decision-en', build: () => decisionCard(listDecisionNodes()[0]!, 1, 'en') },
  { template: 'guidance-navigator', name: 'guidance-navigator-l0s1-nb', build: () => navigatorCard(tromso, 0, 0, 'nb') },
  { template: 'guidance-navigator', name: 'guidance-navigator-l2s3-nb', build: () => navigatorCard(tromso, 2, 2, 'nb') },
  { template: 'guidance-navigator', name: 'guidance-navigator-l0s4-en', build: () => navigatorCard(tromso, 0, 3, 'en') },
  { template: 'guidance-navigator', name: 'guidance-navigator-vestre-toten-nb', build: () => navigatorCard(vestreToten, 1, 2, 'nb') },
  {
    template: 'guidance-tools',
    name: 'guidance-tools-nb',
    // Five hits, the longest first, so the card is as big as a chat answer gets.
    build: () => toolsCard('samtykke plan samspill møte mål foreldre', tromso, 'nb'),
  },
  { template: 'guidance-tools', name: 'guidance-tools-popular-en', build: () => toolsCard('', tromso, 'en') },
  // A rule asked about: the facts first, then up to three tools (the longest fact list, both languages).
  { template: 'guidance-tools', name: 'guidance-tools-facts-meetings-nb', build: () => toolsCard('gode møter', tromso, 'nb', 'meetings') },
  { template: 'guidance-tools', name: 'guidance-tools-facts-consent-en', build: () => toolsCard('samtykke', tromso, 'en', 'consent') },
  { template: 'guidance-tools', name: 'guidance-tools-none-nb', build: () => toolsCard('skjema for fritidsklubbens sommeraktiviteter på øya', tromso, 'nb') },
  {
    template: 'guidance-answer',
    name: 'guidance-answer-grounds-still-nb',
    // Every ground at once and the longest question: the biggest direct answer there is.
    build: () =>
      meldepliktAnswerCard(
        meldepliktAnswer('still', 'eleven ruser seg, stjeler, er sulten, alvorlig syk uten behandling, særlige behov ikke dekket, menneskehandel'),
        tromso,
        'nb',
      ),
  },
  { template: 'guidance-answer', name: 'guidance-answer-attention-en', build: () => meldepliktAnswerCard(meldepliktAnswer('attention', ''), tromso, 'en') },
  { template: 'guidance-answer', name: 'guidance-answer-advice-vestre-toten-nb', build: () => meldepliktAnswerCard(meldepliktAnswer('advice', ''), vestreToten, 'nb') },
  { template: 'guidance-tool', name: 'guidance-tool-longest-nb', build: () => toolCard(longestTool(), tromso, 'nb') },
  { template: 'guidance-tool', name: 'guidance-tool-link-en', build: () => toolCard(popularTools(tromso, 50).find((t) => t.link) ?? tromso.tools.find((t) => t.link)!, tromso, 'en') },
];
