import { createHash } from 'node:crypto';
import { Container } from '@azure/cosmos';
import type { Storage, StoreItems } from 'botbuilder';
import { statusOf } from '../../store/documents';

/**
 * botbuilder's Storage on a Cosmos container, for teams-ai turn state. Storage keys hold characters
 * Cosmos ids forbid ('/') and can be long, so the id is a hash and the key is kept beside it.
 */
export class CosmosBotStateStorage implements Storage {
  constructor(private readonly container: Container) {}

  private idFor(key: string): string {
    return createHash('sha256').update(key).digest('hex');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = this.idFor(key);
        try {
          const { resource } = await this.container.item(id, id).read<{ state: Record<string, unknown>; _etag: string }>();
          if (resource) items[key] = { ...resource.state, eTag: resource._etag };
        } catch (err) {
          if (statusOf(err) !== 404) throw err;
        }
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, value]) => {
        const id = this.idFor(key);
        const state: Record<string, unknown> = { ...(value ?? {}) };
        delete state.eTag;
        // Last writer wins on purpose: turn state holds only conveniences (e.g. the chosen language). Every
        // record that matters (cases, votes, RSVPs) is written through updateDoc with ETags instead, so a crowd
        // pressing buttons in one conversation never fails a turn on a turn-state 412.
        await this.container.items.upsert({ id, pk: id, type: 'botstate', key, state });
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        const id = this.idFor(key);
        try {
          await this.container.item(id, id).delete();
        } catch (err) {
          if (statusOf(err) !== 404) throw err;
        }
      }),
    );
  }
}
