/**
 * `npm run bench:http`: autocannon against GET /api/stats (the public dashboard's data, on the
 * shipped dataset in an embedded database) and against a bare route on the same server, 30 s
 * each at 100 connections (BENCH_SECONDS / BENCH_CONNECTIONS to change). Prints requests/s,
 * p99 latency and errors for both, and the ratio.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { loadDataset } from "../src/app/load-dataset.js";
import { buildWebApp } from "../src/cli/serve.js";
import { openVigil } from "../src/main.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);

const vigil = await openVigil({ dataDir: "memory://" });
await loadDataset(vigil);
const { app } = buildWebApp(vigil);
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
await new Promise((r) => server.once("listening", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface Row { route: string; rps: number; p99: number; errors: number; non2xx: number; requests: number }

async function run(path: string): Promise<Row> {
  const r = await autocannon({ url: base + path, connections, duration: seconds });
  return { route: path, rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total };
}

const stats = await run("/api/stats");
const bare = await run("/api/health");
for (const r of [stats, bare]) {
  console.log(`${r.route.padEnd(12)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}   (${r.requests} requests)`);
}
console.log(`ratio /api/stats ÷ bare route: ${(stats.rps / bare.rps).toFixed(2)} of the bare route's throughput (${connections} connections, ${seconds} s each)`);
server.close();
await vigil.close();
if (stats.errors + bare.errors + stats.non2xx + bare.non2xx > 0) process.exitCode = 1;
