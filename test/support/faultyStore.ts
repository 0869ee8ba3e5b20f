import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { EmbeddedCosmos, EMBEDDED_KEY, startEmbeddedCosmos } from '../../src/store/embedded';
import { createCosmosClient, ensureContainers } from '../../src/store/cosmos';
import { CONTAINERS, ContainerName } from '../../src/store/containers';

/**
 * Fault injection for the database: a Cosmos-API server that a test can stop and start again on the same
 * port (its data kept in a snapshot, as a real account keeps it), and a proxy in front of it that can answer
 * 429 like a throttled account or swallow requests like a broken network.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const SYSTEM_PROPS = ['_rid', '_self', '_etag', '_attachments', '_ts'];

export class StoppableStore {
  embedded: EmbeddedCosmos | undefined;
  private client: CosmosClient | undefined;
  readonly key = EMBEDDED_KEY;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    readonly database: string,
  ) {}

  static async start(database = 'btibot'): Promise<StoppableStore> {
    const s = new StoppableStore(await freePort(), fs.mkdtempSync(path.join(os.tmpdir(), 'bti-fault-store-')), database);
    await s.up();
    return s;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.embedded;
  }

  /** Starts the server (again) on the same port and loads what it held when it stopped. */
  async up(): Promise<void> {
    this.embedded = await startEmbeddedCosmos({ port: this.port, dataDir: this.dataDir, saveDelayMs: 10 });
    this.client = createCosmosClient(this.embedded.endpoint, { key: this.embedded.key });
    await ensureContainers(this.client, this.database);
    await this.embedded.restore(this.client, this.database, Object.values(CONTAINERS).map((c) => c.id));
  }

  /** Stops the server; every client request after this is refused until `up()`. */
  async down(): Promise<void> {
    const e = this.embedded;
    this.embedded = undefined;
    await e?.close();
    this.client?.dispose();
    this.client = undefined;
  }

  /** Every document in a container (system properties removed), sorted by id: compare before/after. */
  async dump(container: ContainerName, pk?: string): Promise<Record<string, unknown>[]> {
    if (!this.client) throw new Error('store is down');
    const query = pk ? { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: pk }] } : 'SELECT * FROM c';
    const { resources } = await this.client.database(this.database).container(CONTAINERS[container].id).items.query(query).fetchAll();
    return resources
      .map((r: Record<string, unknown>) => {
        const copy = { ...r };
        for (const p of SYSTEM_PROPS) delete copy[p];
        return copy;
      })
      .sort((a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id)));
  }

  async close(): Promise<void> {
    await this.down();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** An HTTP proxy in front of a Cosmos-API server that injects throttling (429) or hangs. */
export class FaultProxy {
  private server = http.createServer((req, res) => this.handle(req, res));
  private throttleLeft = 0;
  private retryAfterMs = 0;
  private hanging = false;
  private held: http.ServerResponse[] = [];
  private pauses: { match: (req: { method: string; path: string }) => boolean; arrived: () => void; go: Promise<void> }[] = [];
  /** Requests answered 429 so far. */
  throttled = 0;
  /** Requests passed through to the server. */
  forwarded = 0;
  url = '';

  constructor(private readonly target: { host: string; port: number }) {}

  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return this;
  }

  /** The next `count` requests are answered 429 with x-ms-retry-after-ms, as Cosmos DB does when throttling. */
  throttleNext(count: number, retryAfterMs = 20): void {
    this.throttleLeft = count;
    this.retryAfterMs = retryAfterMs;
  }

  /** While on, requests are accepted and never answered (a network that swallows packets). */
  hang(on: boolean): void {
    this.hanging = on;
    if (!on) {
      for (const res of this.held.splice(0)) res.destroy();
    }
  }

  /**
   * The next request that `match`es (method, and the path with its id decoded) waits here, unanswered and not yet
   * at the server, until `release()`: one instance's write held back while another instance goes ahead.
   */
  pauseNext(match: (req: { method: string; path: string }) => boolean): { arrived: Promise<void>; release(): void } {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((r) => (arrived = r));
    this.pauses.push({ match, arrived, go: new Promise<void>((r) => (release = r)) });
    return { arrived: reached, release };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const pause = this.pauses.findIndex((p) => p.match({ method: req.method ?? 'GET', path: decodeURIComponent(req.url ?? '') }));
    if (pause >= 0) {
      const [p] = this.pauses.splice(pause, 1);
      p!.arrived();
      // The body stays unread in the request until handle() pipes it on.
      void p!.go.then(() => this.handle(req, res));
      return;
    }
    if (this.hanging) {
      this.held.push(res);
      req.resume();
      return;
    }
    if (this.throttleLeft > 0) {
      this.throttleLeft--;
      this.throttled++;
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': String(this.retryAfterMs), 'x-ms-substatus': '3200' });
      res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large (injected)' }));
      return;
    }
    this.forwarded++;
    const upstream = http.request(
      { host: this.target.host, port: this.target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  }

  /** Stops listening and cuts every open connection: the database is unreachable (its data is kept). */
  async down(): Promise<void> {
    this.hang(false);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Listens again on the same port. */
  async up(): Promise<void> {
    const port = Number(new URL(this.url).port);
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
  }

  async stop(): Promise<void> {
    this.hang(false);
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
