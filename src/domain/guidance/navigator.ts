import { z } from 'zod';
import {
  levelSchema,
  type GuidanceContent,
  type GuidanceText,
  type LevelData,
  type LevelNumber,
  type SpecialRoute,
  type StepData,
  type Tool,
} from '../../content/guidance/schema';

/**
 * The BTI level navigator: one level at a time, one step at a time, with next/previous and the links to
 * other levels that the support questions point to. Read-only views over a profile's content.
 */

export interface StepRef {
  level: LevelNumber;
  stepIndex: number;
}

export interface LevelLink {
  level: LevelNumber;
  title: GuidanceText;
}

export interface LevelView {
  level: LevelNumber;
  title: GuidanceText;
  summary: GuidanceText;
  steps: { stepIndex: number; number: number; id: string; title: GuidanceText }[];
  /** The other two levels, for "go to level n" buttons. */
  otherLevels: LevelLink[];
  source: LevelData['source'];
}

export interface StepView {
  level: LevelNumber;
  levelTitle: GuidanceText;
  /** 0-based position in the level. */
  stepIndex: number;
  /** 1-based, as shown to people ("trinn 2 av 4"). */
  number: number;
  total: number;
  step: StepData;
  /** Tools the source lists for the step. */
  tools: Tool[];
  /** Tools that fit the step although the source does not list them there ("se også"). */
  relatedTools: Tool[];
  /** Warnings to show with the step (e.g. violence: act at once). Emergency routes come first. */
  routes: SpecialRoute[];
  previous: StepRef | null;
  next: StepRef | null;
  /** Levels the step's support questions send you to. */
  levelLinks: LevelLink[];
  /** True when a support question points to the meldeplikt guide. */
  linksToMeldeplikt: boolean;
}

const stepIndexSchema = z.number().int().min(0);

function findLevel(content: GuidanceContent, level: LevelNumber): LevelData | undefined {
  return content.levels.find((l) => l.level === level);
}

/** A level with its step titles, or null when `level` is not 0, 1 or 2. */
export function getLevel(level: number, content: GuidanceContent): LevelView | null {
  const parsed = levelSchema.safeParse(level);
  if (!parsed.success) return null;
  const data = findLevel(content, parsed.data);
  if (!data) return null;
  return {
    level: data.level,
    title: data.title,
    summary: data.summary,
    steps: data.steps.map((s, i) => ({ stepIndex: i, number: i + 1, id: s.id, title: s.title })),
    otherLevels: content.levels.filter((l) => l.level !== data.level).map((l) => ({ level: l.level, title: l.title })),
    source: data.source,
  };
}

/** One step with its tools, routes and neighbours, or null when the level or step does not exist. */
export function getStep(level: number, stepIndex: number, content: GuidanceContent): StepView | null {
  const parsedLevel = levelSchema.safeParse(level);
  const parsedIndex = stepIndexSchema.safeParse(stepIndex);
  if (!parsedLevel.success || !parsedIndex.success) return null;
  const data = findLevel(content, parsedLevel.data);
  const step = data?.steps[parsedIndex.data];
  if (!data || !step) return null;
  const toolById = new Map(content.tools.map((t) => [t.id, t]));
  const pick = (ids: string[]): Tool[] => ids.map((id) => toolById.get(id)).filter((t): t is Tool => t !== undefined);
  const routes = step.routeIds
    .map((id) => content.specialRoutes.find((r) => r.id === id))
    .filter((r): r is SpecialRoute => r !== undefined)
    .sort((a, b) => Number(b.emergency) - Number(a.emergency));
  const linkedLevels = new Set<LevelNumber>();
  let linksToMeldeplikt = false;
  for (const q of step.supportQuestions) {
    if (q.goto?.kind === 'level' && q.goto.level !== data.level) linkedLevels.add(q.goto.level);
    if (q.goto?.kind === 'meldeplikt') linksToMeldeplikt = true;
  }
  const i = parsedIndex.data;
  return {
    level: data.level,
    levelTitle: data.title,
    stepIndex: i,
    number: i + 1,
    total: data.steps.length,
    step,
    tools: pick(step.toolIds),
    relatedTools: pick(step.relatedToolIds),
    routes,
    previous: i > 0 ? { level: data.level, stepIndex: i - 1 } : null,
    next: i < data.steps.length - 1 ? { level: data.level, stepIndex: i + 1 } : null,
    levelLinks: [...linkedLevels].sort().map((l) => ({ level: l, title: findLevel(content, l)!.title })),
    linksToMeldeplikt,
  };
}

export function getSpecialRoute(routeId: string, content: GuidanceContent): SpecialRoute | null {
  return content.specialRoutes.find((r) => r.id === routeId) ?? null;
}

export function getTool(toolId: string, content: GuidanceContent): Tool | null {
  return content.tools.find((t) => t.id === toolId) ?? null;
}
