// Answers "is a Kafka broker serving requests at host:port?" for kafka.sh.
// An open port is not enough (the controller listener opens long before the
// broker serves clients, and anything can listen on a port), so this sends a
// real ApiVersions request (v0, which every Kafka version answers) and exits 0
// only on a well-formed reply without error that lists Produce and Fetch.
// Plain Node with no dependencies, so it works before `npm ci` has built anything.
import { connect } from 'node:net';

const [host = '127.0.0.1', portText = '9092', timeoutText = '2000'] = process.argv.slice(2);
const API_VERSIONS = 18;
const PRODUCE = 0;
const FETCH = 1;
const CORRELATION_ID = 0x6b61666b;
const CLIENT_ID = 'kafka.sh-probe';

function apiVersionsRequest() {
  const clientId = Buffer.from(CLIENT_ID, 'utf8');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length);
  body.writeInt16BE(API_VERSIONS, 0);
  body.writeInt16BE(0, 2);
  body.writeInt32BE(CORRELATION_ID, 4);
  body.writeInt16BE(clientId.length, 8);
  clientId.copy(body, 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

/** Returns the api keys the broker lists, or throws when the reply is not Kafka's. */
function parseApiVersionsV0(frame) {
  if (frame.readInt32BE(0) !== CORRELATION_ID)
    throw new Error('reply has the wrong correlation id');
  const errorCode = frame.readInt16BE(4);
  if (errorCode !== 0) throw new Error(`ApiVersions error code ${errorCode}`);
  const count = frame.readInt32BE(6);
  if (count < 0 || 10 + count * 6 > frame.length) throw new Error('malformed api key array');
  const keys = new Set();
  for (let i = 0; i < count; i += 1) keys.add(frame.readInt16BE(10 + i * 6));
  return keys;
}

function probe() {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(portText) });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no reply in time'));
    }, Number(timeoutText));
    const finish = (error, value) => {
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(value);
    };
    socket.on('connect', () => socket.write(apiVersionsRequest()));
    socket.on('error', (error) => finish(error));
    socket.on('close', () => finish(new Error('connection closed before a full reply')));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (size < 10 || size > 1_000_000) return finish(new Error('reply is not a Kafka frame'));
      if (received.length < 4 + size) return;
      try {
        finish(null, parseApiVersionsV0(received.subarray(4, 4 + size)));
      } catch (error) {
        finish(error);
      }
    });
  });
}

try {
  const keys = await probe();
  if (!keys.has(PRODUCE) || !keys.has(FETCH)) throw new Error('reply lacks Produce or Fetch');
  process.exit(0);
} catch (error) {
  if (process.env.KAFKA_PROBE_VERBOSE) console.error(`${host}:${portText}: ${error.message}`);
  process.exit(1);
}
