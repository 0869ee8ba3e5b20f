import { Activity, BotAdapter, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';

/** Answers sends and updates without HTTP, for the in-process driver of bench/growth.ts. */
export class NullAdapter extends BotAdapter {
  private n = 0;
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map(() => ({ id: `sent-${this.n++}` }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await logic(new TurnContext(this, {}));
  }
}
