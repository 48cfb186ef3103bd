import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server (PostgreSQL in the outage tests), to cut or stall the connection the way
 * a network or a failing database does: `cut()` drops every connection and refuses new ones, `stall()` keeps
 * connections open but forwards nothing (a hung server), `restore()` serves again.
 */
export interface TcpProxy {
  port: number;
  cut(): Promise<void>;
  stall(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let stalled = false;

  const serve = () =>
    createServer((client) => {
      if (stalled) {
        // A hung server accepts the connection and never answers.
        sockets.add(client);
        client.on('close', () => sockets.delete(client));
        client.on('error', () => undefined);
        return;
      }
      const upstream = connect(targetPort, targetHost);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.on('data', (chunk) => {
        if (!stalled) upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (!stalled) client.write(chunk);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });

  let server: Server = serve();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(0);
  const closeServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  return {
    port,
    async cut() {
      dropAll();
      await closeServer();
    },
    stall() {
      stalled = true;
    },
    async restore() {
      stalled = false;
      dropAll();
      if (!server.listening) {
        server = serve();
        await listen(port);
      }
    },
    async close() {
      dropAll();
      if (server.listening) await closeServer();
    },
  };
}
