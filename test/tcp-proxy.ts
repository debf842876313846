import net from "node:net";

/**
 * A loopback TCP proxy in front of a PostgreSQL server that a test can cut, turn into a black
 * hole and restore, so "the database went away" and "the database stopped answering" are
 * tested without stopping or hanging a server other work may share.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  /** Connections whose bytes go nowhere: once swallowed, always swallowed, like a dead network path. */
  const swallowed = new WeakSet<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  let blackHole = false;

  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on("data", (chunk) => {
      if (!swallowed.has(from)) to.write(chunk);
    });
    from.on("end", () => {
      if (!swallowed.has(from)) to.end();
    });
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        track(client);
        if (blackHole) {
          // Accepts the connection and reads every byte, and never answers.
          swallowed.add(client);
          client.resume();
          return;
        }
        const upstream = net.connect(target.port, target.host);
        track(upstream);
        forward(client, upstream);
        forward(upstream, client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    /** Refuses new connections and drops the open ones, as a stopped server would. */
    async cut() {
      blackHole = false;
      const s = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
    },
    /**
     * Keeps accepting connections and reading bytes, and never answers: open connections go
     * silent in both directions and new ones are never greeted.
     */
    blackHole() {
      blackHole = true;
      for (const socket of sockets) swallowed.add(socket);
    },
    /** Forwards new connections again (after cut, listens again on the same port). Swallowed connections stay silent. */
    async restore() {
      blackHole = false;
      if (!server) await listen();
    },
  };
}
