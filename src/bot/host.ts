import type { Server } from 'restify';
import type { ActionRegistry } from '../actions/registry';
import type { ProactivePort } from '../actions/types';
import type { BotDeps } from './deps';
import type { OutboxSweeper } from './outbox';
import type { ReminderWorker } from './reminderWorker';

/**
 * What a job registers with: the runtime-neutral part of the bot. The teams-ai runtime's Bot
 * (src/runtime/teamsAi/app.ts) extends it with its adapter and Application, which no job may see.
 */
export interface JobHost {
  /** Card actions, typed commands and searches of the jobs (src/actions). */
  jobs: ActionRegistry;
  /** Sends into a stored conversation outside a turn. */
  proactive: ProactivePort;
  /** Proactive reminders: features register a sender per reminder kind. */
  reminders: ReminderWorker;
  /** Finishes commands' unfinished steps in the background; features register their document types. */
  outbox: OutboxSweeper;
  /**
   * Work a job would like done before its first turn but that no turn needs before the bot is ready (training,
   * caches): run once, right after the server listens, so start-up to /readyz does not wait for it.
   */
  warmUps: Array<() => void>;
  /** Extra HTTP routes a job serves beside /api/messages (e.g. calendar files); applied by the server. */
  httpRoutes: Array<(server: Server) => void>;
}

/** Every job registers its routes here; the catch-all message and invoke routes come last. */
export type Feature = (bot: JobHost, deps: BotDeps) => void;
