import net from "node:net";

/** A connection-level round robin on loopback, enough to show what a second instance adds. */
export function roundRobin(port: number, targets: number[]): Promise<net.Server> {
  let next = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(targets[next++ % targets.length]!, "127.0.0.1");
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close);
    upstream.on("error", close);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
