// A chat connection for tests: a WebSocket (the `ws` package from the browser
// tests' node_modules, since Node 18 has no WebSocket client) that keeps every
// frame it receives, so a test can wait for the next frame of a kind.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../browser/package.json', import.meta.url)));
const WebSocket = require('ws');

export function chatUrl(origin, path) {
  return origin.replace(/^http/, 'ws') + path;
}

export class ChatConnection {
  static open(url, headers = {}) {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      const connection = new ChatConnection(socket);
      socket.once('open', () => resolve(connection));
      socket.once('unexpected-response', (request, response) => {
        reject(Object.assign(new Error(`upgrade refused: ${response.statusCode}`), { status: response.statusCode }));
      });
      socket.once('error', reject);
    });
  }

  constructor(socket) {
    this.socket = socket;
    this.frames = [];   // every frame received, in order
    this.cursor = 0;    // next() reads from here
    this.waiters = [];
    this.closed = new Promise((resolve) => socket.once('close', resolve));
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()));
      for (const waiter of [...this.waiters]) waiter();
    });
  }

  send(frame) { this.socket.send(JSON.stringify(frame)); }

  // The next frame (after the ones already taken) that matches; others are skipped.
  next(match = () => true, timeoutMs = 10000) {
    return new Promise((resolve, reject) => {
      const look = () => {
        while (this.cursor < this.frames.length) {
          const frame = this.frames[this.cursor++];
          if (match(frame)) { done(); resolve(frame); return true; }
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(-5))}`));
      }, timeoutMs);
      const waiter = () => look();
      const done = () => { clearTimeout(timer); this.waiters = this.waiters.filter((w) => w !== waiter); };
      if (!look()) this.waiters.push(waiter);
    });
  }

  nextOfType(type, timeoutMs) { return this.next((frame) => frame.type === type, timeoutMs); }

  // Until `predicate` holds over all frames received so far.
  async until(predicate, timeoutMs = 10000) {
    const end = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (Date.now() > end) throw new Error(`condition not met; last frames ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  // A dropped connection, not a polite close: what a phone losing signal does.
  drop() { this.socket.terminate(); return this.closed; }
  close() { this.socket.close(); return this.closed; }
}
