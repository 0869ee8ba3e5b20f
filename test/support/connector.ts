import * as http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Connector service: it records what the bot sends (replies, updates,
 * deletes, new conversations) and answers roster calls from a roster the test sets.
 */
export interface RecordedCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- activities are free-form JSON the tests inspect
}

export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
  tenantId?: string;
}

export class ConnectorStandIn {
  readonly calls: RecordedCall[] = [];
  private server = http.createServer((req, res) => void this.handle(req, res));
  private rosters = new Map<string, RosterMember[]>();
  private failures: { status: number; remaining: number; methods: string[]; headers: Record<string, string> } | undefined;
  private holds: { match: (call: { method: string; path: string; body: any }) => boolean; arrived: () => void }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  private pauses: { match: (call: { method: string; path: string; body: any }) => boolean; arrived: () => void; go: Promise<void> }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  private nextId = 1;
  private gate: { waiting: Array<() => void> } | undefined;
  url = '';

  /** From now on, activities posted to the stand-in wait unanswered until releaseReplies() (a slow Teams). */
  holdReplies(): void {
    this.gate ??= { waiting: [] };
  }

  /** How many posted activities are waiting for releaseReplies(). */
  get heldReplies(): number {
    return this.gate?.waiting.length ?? 0;
  }

  /** Answers every held activity and stops holding. */
  releaseReplies(): void {
    const gate = this.gate;
    this.gate = undefined;
    for (const go of gate?.waiting ?? []) go();
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  setRoster(conversationId: string, members: RosterMember[]): void {
    this.rosters.set(conversationId, members);
  }

  /**
   * The next `count` calls with these methods are answered with `status` (fault injection), with optional
   * response headers (e.g. `{ 'retry-after': '1' }`, as the real service sends with 429).
   */
  failNext(status: number, count: number, methods: string[] = ['POST', 'PUT'], headers: Record<string, string> = {}): void {
    this.failures = { status, remaining: count, methods, headers };
  }

  /**
   * The next call that `match`es is taken in (recorded as HELD-<method>) and never answered: the sender waits
   * until its connection goes (e.g. the bot process is killed). Resolves when that call has arrived. A held
   * post counts as not delivered: it is not among `sent()` or `cards()`.
   */
  holdNext(match: (call: { method: string; path: string; body: any }) => boolean): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any
    return new Promise((arrived) => this.holds.push({ match, arrived }));
  }

  /**
   * The next call that `match`es waits unanswered until `release()`, then is handled (and recorded) as usual: a
   * slow update from one bot instance that reaches Teams after another instance's.
   */
  pauseNext(match: (call: { method: string; path: string; body: any }) => boolean): { arrived: Promise<void>; release(): void } { // eslint-disable-line @typescript-eslint/no-explicit-any
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    this.pauses.push({ match, arrived, go: new Promise<void>((r) => (release = r)) });
    return { arrived: reached, release };
  }

  clear(): void {
    this.calls.length = 0;
  }

  /** Activities the bot sent (POST), optionally to one conversation. */
  sent(conversationId?: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && (!conversationId || c.conversationId === conversationId));
  }

  updates(conversationId?: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === 'PUT' && (!conversationId || c.conversationId === conversationId));
  }

  /** Adaptive Card contents in everything the bot posted or updated, in order. */
  cards(conversationId?: string): any[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.calls
      .filter((c) => (c.method === 'POST' || c.method === 'PUT') && c.body?.attachments && (!conversationId || c.conversationId === conversationId))
      .flatMap((c) => c.body.attachments.filter((a: { contentType: string }) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a: { content: unknown }) => a.content));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    if (this.gate && req.method === 'POST' && url.pathname.includes('/activities')) {
      const gate = this.gate;
      await new Promise<void>((resolve) => gate.waiting.push(resolve));
    }
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const parsed = (() => {
      try {
        return raw ? JSON.parse(raw) : undefined;
      } catch {
        return raw;
      }
    })();
    const pause = this.pauses.findIndex((p) => p.match({ method, path: url.pathname, body: parsed }));
    if (pause >= 0) {
      const [p] = this.pauses.splice(pause, 1);
      p!.arrived();
      await p!.go;
    }
    const hold = this.holds.findIndex((h) => h.match({ method, path: url.pathname, body: parsed }));
    if (hold >= 0) {
      const [h] = this.holds.splice(hold, 1);
      this.calls.push({ method: `HELD-${method}`, path: url.pathname, body: parsed });
      h!.arrived();
      return;
    }
    if (this.failures && this.failures.remaining > 0 && this.failures.methods.includes(method)) {
      this.failures.remaining--;
      this.calls.push({ method: `FAILED-${method}`, path: url.pathname, body: raw ? JSON.parse(raw) : undefined });
      res.writeHead(this.failures.status, { 'content-type': 'application/json', ...this.failures.headers });
      res.end(JSON.stringify({ error: { code: 'Injected', message: 'injected failure' } }));
      return;
    }
    // /v3/conversations/{id}/...
    if (parts[0] === 'v3' && parts[1] === 'conversations') {
      const conversationId = parts[2];
      if (!conversationId && method === 'POST') {
        const body = raw ? JSON.parse(raw) : {};
        this.calls.push({ method, path: url.pathname, body });
        return send(200, { id: `conv-${this.nextId++}`, activityId: `act-${this.nextId++}` });
      }
      // The Bot Connector's routes are case-insensitive: botbuilder asks for /pagedmembers, the Teams SDK for /pagedMembers.
      const tail = parts[3]?.toLowerCase();
      if (tail === 'activities') {
        const body = raw ? JSON.parse(raw) : undefined;
        const activityId = parts[4];
        this.calls.push({ method, path: url.pathname, conversationId, activityId, body });
        if (method === 'DELETE') return send(200, {});
        return send(200, { id: method === 'PUT' ? activityId : `msg-${this.nextId++}` });
      }
      const roster = this.rosters.get(conversationId) ?? [];
      if (tail === 'pagedmembers' && method === 'GET') return send(200, { members: roster });
      if (tail === 'members' && method === 'GET') {
        const memberId = parts[4];
        if (!memberId) return send(200, roster);
        const m = roster.find((r) => r.id === memberId || r.aadObjectId === memberId);
        return m ? send(200, m) : send(404, { error: { code: 'MemberNotFound', message: 'not a member' } });
      }
    }
    if (parts[0] === 'v3' && parts[1] === 'teams') {
      return send(200, { id: parts[2], name: 'Team', aadGroupId: '00000000-0000-0000-0000-000000000000' });
    }
    this.calls.push({ method, path: url.pathname, body: raw });
    send(404, { error: { code: 'NotFound', message: `stand-in has no route for ${method} ${url.pathname}` } });
  }
}
