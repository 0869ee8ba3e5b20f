import { describe, it, expect } from 'vitest';
import * as net from 'node:net';
import { startHarness } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';

/** A port another process holds: start-up fails with a sentence that says so, and closes what it opened. */
describe('start-up on a port that is taken', () => {
  it('rejects with "already in use" and the port, instead of an unhandled error event', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as net.AddressInfo).port;
    const connector = await new ConnectorStandIn().start();
    try {
      await expect(startHarness({ connector, env: { PORT: String(port) } })).rejects.toThrow(new RegExp(`port ${port} .*already in use`));
    } finally {
      await connector.stop();
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });
});
