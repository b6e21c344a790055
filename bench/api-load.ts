// The load generator of the API benchmark, run as its own process: autocannon against the given URLs in turn,
// printing its JSON result on stdout.
import autocannon from 'autocannon';

const [base, pathsJson, connections = '10', seconds = '15'] = process.argv.slice(2);
if (!base || !pathsJson) throw new Error('usage: api-load BASE_URL PATHS_JSON [CONNECTIONS] [SECONDS]');
const paths = JSON.parse(pathsJson) as string[];

const result = await autocannon({
  url: base,
  connections: Number(connections),
  duration: Number(seconds),
  requests: paths.map((path) => ({ method: 'GET', path })),
});
process.stdout.write(JSON.stringify({
  requests: result.requests.total,
  rps: result.requests.average,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  latency: result.latency,
}));
