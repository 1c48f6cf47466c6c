// The reference for bench_sync: PouchDB replicating the same documents from pouchdb-server.
//
//   node replicate.js MODULES_DIR WORK_DIR FULL_RUNS INCREMENTAL_RUNS < documents (one JSON object a line)
//
// Starts pouchdb-server on loopback (in memory) and loads the documents into it, then measures, as
// bench_sync measures fieldnotes: a fresh client PouchDB pulling everything (first full replication,
// median of FULL_RUNS), and one new document replicated both ways (incremental, INCREMENTAL_RUNS
// runs). Timed runs talk to the server directly; one more run of each goes through a TCP relay
// that counts the bytes both ways. Prints one JSON line of figures; fails if a replica is short.
'use strict';
const path = require('path');
const net = require('net');
const fs = require('fs');
const { spawn } = require('child_process');
const readline = require('readline');

const [modules, work, fullArg, incrementalArg] = process.argv.slice(2);
const fullRuns = Math.max(1, Number(fullArg) || 1);
const incrementalRuns = Math.max(1, Number(incrementalArg) || 1);
const PouchDB = require(path.join(modules, 'node_modules', 'pouchdb'));
const serverBin = path.join(modules, 'node_modules', '.bin', 'pouchdb-server');

function freePort() {
    return new Promise((resolve) => {
        const s = net.createServer();
        s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    });
}

// A relay that counts the bytes each way, as bench_sync's relay counts ours.
function relay(targetPort) {
    const counts = { bytes: 0 };
    const server = net.createServer((client) => {
        const upstream = net.connect(targetPort, '127.0.0.1');
        client.on('data', (d) => { counts.bytes += d.length; upstream.write(d); });
        upstream.on('data', (d) => { counts.bytes += d.length; client.write(d); });
        client.on('end', () => upstream.end());
        upstream.on('end', () => client.end());
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, counts, port: server.address().port })));
}

async function waitForServer(url) {
    for (let i = 0; i < 200; ++i) {
        try {
            const res = await fetch(url);
            if (res.ok) return;
        } catch (e) { /* not yet */ }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('pouchdb-server did not start');
}

function percentile(values, p) {
    const v = [...values].sort((a, b) => a - b);
    return v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];
}

const msSince = (t) => Number(process.hrtime.bigint() - t) / 1e6;

async function main() {
    const docs = [];
    const lines = readline.createInterface({ input: process.stdin });
    for await (const line of lines) if (line.trim()) docs.push(JSON.parse(line));

    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    const port = await freePort();
    const server = spawn(serverBin, ['--in-memory', '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'],
        { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    const r = await relay(port);
    try {
        await waitForServer(`http://127.0.0.1:${port}/`);
        const direct = `http://127.0.0.1:${port}/caseload`;
        const counted = `http://127.0.0.1:${r.port}/caseload`;
        const office = new PouchDB(direct);
        for (let i = 0; i < docs.length; i += 1000) await office.bulkDocs(docs.slice(i, i + 1000));

        // First full replication to a fresh client, timed; then once more through the relay.
        const fullMs = [];
        let fullBytes = 0;
        let docCount = 0;
        for (let i = 0; i <= fullRuns; ++i) {
            const countBytes = i === fullRuns;
            const client = new PouchDB(path.join(work, `tablet-${i}`));
            r.counts.bytes = 0;
            const started = process.hrtime.bigint();
            await client.replicate.from(countBytes ? counted : direct, { batch_size: 500 });
            if (countBytes) fullBytes = r.counts.bytes; else fullMs.push(msSince(started));
            const info = await client.info();
            if (info.doc_count !== docs.length) throw new Error(`a replica holds ${info.doc_count} of ${docs.length} documents`);
            docCount = info.doc_count;
            if (i !== 0) await client.destroy(); else await client.close();
        }

        // Incremental: one new document, pushed and pulled, on the first client, which replicates
        // both ways once untimed first so that each direction has a checkpoint, as our tablet has its cursor.
        const client = new PouchDB(path.join(work, 'tablet-0'));
        await client.replicate.to(direct);
        await client.replicate.from(direct);
        const incrementalMs = [];
        let incrementalBytes = 0;
        for (let i = 0; i <= incrementalRuns; ++i) {
            const countBytes = i === incrementalRuns;
            const remote = countBytes ? counted : direct;
            if (countBytes) { // checkpoints are kept per remote address: give the relay's its own first
                await client.replicate.to(remote);
                await client.replicate.from(remote);
            }
            await client.put({ _id: `visits/incremental-${i}`, table: 'visits', note: 'Kort besøk på lageret; avtalte ny arbeidstid med leder.' });
            r.counts.bytes = 0;
            const started = process.hrtime.bigint();
            const up = await client.replicate.to(remote);
            await client.replicate.from(remote);
            if (countBytes) incrementalBytes = r.counts.bytes; else incrementalMs.push(msSince(started));
            if (up.docs_written !== 1) throw new Error(`an incremental replication wrote ${up.docs_written} documents`);
        }
        await client.close();
        console.log(JSON.stringify({
            docs: docCount, full_ms: percentile(fullMs, 0.5), full_bytes: fullBytes,
            incremental_p50_ms: percentile(incrementalMs, 0.5), incremental_p95_ms: percentile(incrementalMs, 0.95),
            incremental_bytes: incrementalBytes,
        }));
    } finally {
        r.server.close();
        server.kill('SIGTERM');
    }
}

main().then(() => process.exit(0), (e) => { console.error('pouchdb reference failed: ' + e.message); process.exit(1); });
