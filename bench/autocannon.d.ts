// Minimal types for the parts of autocannon that bench/http.bench.ts uses (it ships none).
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    latency: { p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  function autocannon(opts: { url: string; connections: number; duration: number }): Promise<Result>;
  export default autocannon;
}
