// SPDX-License-Identifier: MIT
// Reference client for bench/portal/run-portal-bench.sh: the official HubSpot Node client
// (@hubspot/api-client) reads the object types and every ordered pair's association labels
// from a (fake) portal, the same pairs `assocctl export` reads, and reports the wall time.
//
//   node fetch-labels.mjs --base-url http://127.0.0.1:PORT --token TOKEN --mode MODE
//
// MODE:
//   limited      limiterOptions: DEFAULT_LIMITER_OPTIONS (HubSpot's documented limiter:
//                Bottleneck, maxConcurrent 6, minTime 1000/9 ms)
//   unlimited    the client's plain default (no limiter: every request is started at once)
//   capped:N     a Bottleneck limiter with maxConcurrent N and no minTime (N in flight, like
//                `assocctl --concurrency N`)
//
// Prints one JSON line: {"mode", "requests", "peakInFlight", "pairs", "labels", "wallS", "errors"}.
// Requests are counted and their concurrency measured at the HTTP layer (node-fetch), so the
// figures are what the client really sent, not what the script asked for.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const hubspot = require('@hubspot/api-client');

// Count requests and in-flight at the HTTP layer: the generated API code calls
// `node_fetch_1.default(...)` on node-fetch's module object at every request.
const fetchModule = createRequire(require.resolve('@hubspot/api-client'))('node-fetch');
const realFetch = fetchModule.default;
let requests = 0;
let inFlight = 0;
let peakInFlight = 0;
fetchModule.default = (...args) => {
    ++requests;
    peakInFlight = Math.max(peakInFlight, ++inFlight);
    return realFetch(...args).finally(() => --inFlight);
};

function parseArgs(argv) {
    const out = { mode: 'unlimited' };
    for (let i = 2; i < argv.length; ++i) {
        const key = argv[i];
        const value = argv[i + 1];
        if (key === '--base-url') out.baseUrl = value;
        else if (key === '--token') out.token = value;
        else if (key === '--mode') out.mode = value;
        else if (key === '--help' || key === '-h') {
            console.log('usage: node fetch-labels.mjs --base-url URL --token TOKEN --mode limited|unlimited|capped:N');
            process.exit(0);
        } else {
            console.error(`unknown argument ${key}`);
            process.exit(2);
        }
        ++i;
    }
    if (!out.baseUrl || !out.token) {
        console.error('--base-url and --token are required');
        process.exit(2);
    }
    return out;
}

const args = parseArgs(process.argv);
const config = { basePath: args.baseUrl.replace(/\/$/, ''), accessToken: args.token };
if (args.mode === 'limited') {
    config.limiterOptions = hubspot.DEFAULT_LIMITER_OPTIONS;
} else if (args.mode.startsWith('capped:')) {
    const n = Number(args.mode.slice(7));
    if (!(n > 0)) {
        console.error('capped:N needs N > 0');
        process.exit(2);
    }
    config.limiterOptions = { maxConcurrent: n, minTime: 0, id: `bench-capped-${n}` };
} else if (args.mode !== 'unlimited') {
    console.error(`unknown mode ${args.mode}`);
    process.exit(2);
}

// The client installs its decorators (the limiter) in a process-wide singleton when it is
// constructed and applies them when an API group is first used: one client per process.
const client = new hubspot.Client(config);
const definitionsApi = client.crm.associations.v4.schema.definitionsApi;

// The same object types assocctl uses: the standard ones, then the portal's custom ones.
const STANDARD = ['0-1', '0-2', '0-3', '0-5'];

const started = performance.now();
const schemasResponse = await client.apiRequest({ method: 'GET', path: '/crm-object-schemas/v3/schemas' });
if (!schemasResponse.ok) {
    console.error(`GET /crm-object-schemas/v3/schemas: HTTP ${schemasResponse.status}`);
    process.exit(1);
}
const schemas = await schemasResponse.json();
const types = [...STANDARD, ...schemas.results.map((s) => s.objectTypeId)];

const pairs = [];
for (const from of types) {
    for (const to of types) pairs.push([from, to]);
}
let errors = 0;
let labels = 0;
await Promise.all(
    pairs.map(([from, to]) =>
        definitionsApi.getAll(from, to).then(
            (page) => {
                labels += page.results.length;
            },
            (error) => {
                ++errors;
                console.error(`getAll(${from}, ${to}): ${error.code ?? ''} ${error.message?.split('\n')[0]}`);
            },
        ),
    ),
);
const wallS = (performance.now() - started) / 1000;

console.log(JSON.stringify({ mode: args.mode, requests, peakInFlight, pairs: pairs.length, labels, wallS: Number(wallS.toFixed(3)), errors }));
process.exit(errors ? 1 : 0);
