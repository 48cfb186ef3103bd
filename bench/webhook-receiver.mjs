// The webhook bench's receiver, in its own process (forked by bench/webhooks.ts): answers 200 at once, verifies
// each delivery's Standard Webhooks signature with the endpoint's secret, and keeps the first receipt of each
// (endpoint, webhook-id) with its time; redeliveries are counted apart (retries are excluded from the figures).
import { createServer } from 'node:http';
import { Webhook } from 'standardwebhooks';

const verifiers = new Map();
let receipts = [];
const seen = new Set();
let repeats = 0;
let badSignatures = 0;

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const at = Date.now();
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    const body = Buffer.concat(chunks).toString('utf8');
    const endpoint = request.url ?? '/';
    try {
      const envelope = verifiers.get(endpoint).verify(body, request.headers);
      const key = `${endpoint} ${request.headers['webhook-id']}`;
      if (seen.has(key)) repeats += 1;
      else {
        seen.add(key);
        receipts.push([Date.parse(envelope.occurredAt), at]);
      }
    } catch {
      badSignatures += 1;
    }
  });
});

process.on('message', (message) => {
  if (message.type === 'secrets') {
    for (const [path, secret] of Object.entries(message.secrets)) verifiers.set(path, new Webhook(secret));
    process.send({ type: 'ready' });
  } else if (message.type === 'report') {
    process.send({ type: 'report', receipts, repeats, badSignatures });
    receipts = [];
    seen.clear();
    repeats = 0;
    badSignatures = 0;
  } else if (message.type === 'count') {
    process.send({ type: 'count', received: receipts.length });
  }
});

server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));
