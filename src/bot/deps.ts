import type { AppConfig } from '../config';
import type { Logger } from '../log';
import type { CosmosStore } from '../store/cosmos';

/** What every handler may use. The bot keeps no state in memory between turns: all of it is in the store. */
export interface BotDeps {
  config: AppConfig;
  store: CosmosStore;
  logger: Logger;
  /** Injected so tests can move time. */
  now: () => Date;
}
