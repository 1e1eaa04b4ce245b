import dns2 from 'dns2';
import { freePort } from './ports.ts';

const { Packet } = dns2;

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface LocalDnsServer {
  /** For Resolver.setServers / discovery's dnsServers: "127.0.0.1:PORT". */
  server: string;
  port: number;
  /** Names queried so far (to prove no other server was asked). */
  queries: string[];
  stop(): Promise<void>;
}

/**
 * A UDP DNS server on 127.0.0.1 that answers MX queries from `mx` (domain → records) and NXDOMAIN
 * otherwise. Names listed in `silent` get no answer at all (for timeout tests).
 */
export async function startDnsServer(mx: Record<string, MxRecord[]>, silent: readonly string[] = []): Promise<LocalDnsServer> {
  const queries: string[] = [];
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const question = request.questions[0];
      const name = (question?.name ?? '').toLowerCase();
      queries.push(name);
      if (silent.includes(name)) return;
      const records = mx[name];
      if (records === undefined) {
        response.header.rcode = Packet.RCODE.NXDOMAIN;
      } else if (question?.type === Packet.TYPE.MX) {
        for (const r of records) response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 60, exchange: r.exchange, priority: r.priority }));
      }
      void send(response);
    },
  });
  server.on('requestError', () => undefined);
  const port = await freePort();
  await server.listen({ udp: { port, address: '127.0.0.1' } });
  return { server: `127.0.0.1:${port}`, port, queries, stop: async () => void (await server.close()) };
}
