// The chat over real WebSockets on loopback: a visitor and a member of staff,
// numbered messages both ways, a connection dropped in the middle of a burst
// (nothing lost, nothing twice), who may connect, bad frames, the start limit,
// and no transcript on disk or in the log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../support/server.mjs';
import { addStaff, signIn } from '../support/staff.mjs';
import { ChatConnection, chatUrl } from '../support/chat.mjs';

let server;
let intakeToken;
let caseworkerToken;
const secretWords = 'Zilvermeeuw-7781 houdt mijn paspoort';

before(async () => {
  server = await startServer({ args: ['--submissions-per-minute', '0', '--logins-per-minute', '0', '--chat-always-open'] });
  intakeToken = await signIn(server.origin, addStaff(server.dataDir, ['intake']));
  caseworkerToken = await signIn(server.origin, addStaff(server.dataDir, ['caseworker']));
});
after(async () => {
  const { code } = await server.stop();
  server.removeData();
  assert.equal(code, 0, 'server exits 0 on SIGTERM');
});

const visitorUrl = () => chatUrl(server.origin, '/chat/ws');
const staffUrl = () => chatUrl(server.origin, '/staff/chat/ws');

async function startVisitor(fields = {}) {
  const visitor = await ChatConnection.open(visitorUrl());
  visitor.send({ type: 'start', nickname: 'Sam', danger: 'no', safe: 'yes', language: 'nl', ...fields });
  const started = await visitor.nextOfType('started');
  return { visitor, token: started.conversation };
}

async function openConsole() {
  const staff = await ChatConnection.open(staffUrl(), { Authorization: `Bearer ${intakeToken}` });
  await staff.nextOfType('welcome');
  return staff;
}

test('a visitor waits, staff accept, and they talk', async () => {
  const { visitor } = await startVisitor({ danger: 'yes' });
  const queue = await visitor.nextOfType('queue');
  assert.equal(queue.position, 1);
  assert.ok(queue.wait_minutes >= 1);
  const staff = await openConsole();
  staff.send({ type: 'pseudonym', name: 'Sanne' });
  const waiting = await staff.next((f) => f.type === 'queue' && f.total >= 1);
  assert.equal(waiting.waiting[0].priority, 'urgent');
  staff.send({ type: 'accept', conversation: null });
  const conversation = await staff.nextOfType('conversation');
  assert.equal(conversation.state, 'talking');
  assert.equal(conversation.danger, 'yes');
  const talking = await visitor.next((f) => f.type === 'state' && f.state === 'talking');
  assert.equal(talking.staff, 'Sanne', 'the visitor sees the pseudonym, never the username');

  visitor.send({ type: 'message', seq: 1, text: 'Hallo?' });
  assert.equal((await visitor.nextOfType('ack')).seq, 1);
  const fromVisitor = await staff.next((f) => f.type === 'message' && f.from === 'visitor');
  assert.equal(fromVisitor.text, 'Hallo?');
  staff.send({ type: 'typing', conversation: conversation.conversation, on: true });
  assert.equal((await visitor.nextOfType('typing')).on, true);
  staff.send({ type: 'message', conversation: conversation.conversation, seq: 1, text: 'Hoi, ik ben Sanne.' });
  const fromStaff = await visitor.nextOfType('message');
  assert.equal(fromStaff.seq, 1);
  assert.equal(fromStaff.staff, 'Sanne');
  staff.send({ type: 'end', conversation: conversation.conversation });
  await visitor.next((f) => f.type === 'state' && f.state === 'ended');
  await staff.nextOfType('ended');
  await Promise.all([visitor.close(), staff.close()]);
});

test('a connection dropped in the middle of a burst loses and doubles nothing, both ways', async () => {
  let { visitor, token } = await startVisitor();
  const staff = await openConsole();
  staff.send({ type: 'accept', conversation: null });
  const number = (await staff.next((f) => f.type === 'conversation' && f.state === 'talking')).conversation;
  const total = 60;
  // The visitor's side: what the browser script keeps until acknowledged.
  const unacked = new Map();
  let received = 0;
  const seen = [];
  const track = (connection) => connection.socket.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === 'ack') unacked.delete(frame.seq);
    if (frame.type === 'message') { seen.push(frame.seq); received = Math.max(received, frame.seq); }
  });
  track(visitor);
  for (let seq = 1; seq <= total; ++seq) {
    const text = `bericht ${seq}`;
    unacked.set(seq, text);
    visitor.send({ type: 'message', seq, text });
    if (seq % 2 === 0) staff.send({ type: 'message', conversation: number, seq: seq / 2, text: `antwoord ${seq / 2}` });
    if (seq === 25) await visitor.drop();  // the phone loses its signal mid-burst
  }
  // Back online: resume, then send again what was not acknowledged.
  visitor = await ChatConnection.open(visitorUrl());
  track(visitor);
  visitor.send({ type: 'resume', conversation: token, received });
  const resumed = await visitor.nextOfType('resumed');
  assert.ok(resumed.received >= 1 && resumed.received <= 25, 'the server kept what arrived before the drop');
  // Everything not acknowledged goes again; what the server had is acknowledged again, not kept twice.
  for (const [seq, text] of [...unacked].sort((a, b) => a[0] - b[0])) visitor.send({ type: 'message', seq, text });
  await visitor.until(() => unacked.size === 0);
  await visitor.until(() => received === total / 2);
  assert.deepEqual([...new Set(seen)].length, seen.length, 'no staff message shown twice');
  assert.deepEqual(seen.slice().sort((a, b) => a - b), Array.from({ length: total / 2 }, (_, i) => i + 1));

  await staff.until((frames) => frames.filter((f) => f.type === 'message' && f.from === 'visitor' && f.conversation === number).length >= total);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const visitorLines = staff.frames.filter((f) => f.type === 'message' && f.from === 'visitor' && f.conversation === number);
  assert.deepEqual(visitorLines.map((f) => f.seq), Array.from({ length: total }, (_, i) => i + 1), 'each once, in order');
  assert.deepEqual(visitorLines.map((f) => f.text), Array.from({ length: total }, (_, i) => `bericht ${i + 1}`));

  // A console reloaded mid-chat gets the whole conversation back.
  await staff.drop();
  const again = await openConsole();
  const snapshot = await again.next((f) => f.type === 'conversation' && f.conversation === number);
  assert.equal(snapshot.messages.filter((m) => m.from === 'visitor').length, total);
  assert.equal(snapshot.staff_received, total / 2);
  again.send({ type: 'end', conversation: number });
  await again.nextOfType('ended');
  await Promise.all([visitor.close(), again.close()]);
});

test('bad frames get a clear error and the connection stays', async () => {
  const { visitor } = await startVisitor();
  visitor.send({ type: 'shout' });
  assert.equal((await visitor.nextOfType('error')).code, 'bad_frame');
  visitor.socket.send('not json');
  assert.equal((await visitor.nextOfType('error')).code, 'bad_frame');
  visitor.send({ type: 'message', seq: 5, text: 'too early' });
  const gap = await visitor.nextOfType('error');
  assert.equal(gap.code, 'invalid_input');
  assert.match(gap.message, /earlier ones first/);
  visitor.send({ type: 'message', seq: 1, text: 'x'.repeat(2001) });
  assert.equal((await visitor.nextOfType('error')).code, 'too_large');
  visitor.send({ type: 'resume', conversation: 'someone-elses', received: 0 });
  assert.equal((await visitor.nextOfType('error')).code, 'bad_frame');
  visitor.send({ type: 'message', seq: 1, text: 'still here' });
  assert.equal((await visitor.nextOfType('ack')).seq, 1);
  visitor.send({ type: 'end' });
  await visitor.next((f) => f.type === 'state' && f.state === 'ended');
  await visitor.close();
});

test('only this website, and only staff allowed to chat, may connect', async () => {
  await assert.rejects(ChatConnection.open(visitorUrl(), { Origin: 'https://evil.example' }), { status: 403 });
  await assert.rejects(ChatConnection.open(staffUrl()), (error) => error.status >= 300 && error.status < 500);
  await assert.rejects(ChatConnection.open(staffUrl(), { Authorization: 'Bearer not-a-session' }), { status: 401 });
  await assert.rejects(ChatConnection.open(staffUrl(), { Authorization: `Bearer ${caseworkerToken}` }), { status: 403 });
  const unknown = await ChatConnection.open(visitorUrl());
  unknown.send({ type: 'resume', conversation: 'AAAAAAAAAAAAAAAAAAAAAA', received: 0 });
  assert.equal((await unknown.nextOfType('error')).code, 'not_found');
  await unknown.close();
});

test('what was said is in no file of the data folder and not in the log', async () => {
  const { visitor } = await startVisitor({ nickname: 'Kraanvogel-4410' });
  visitor.send({ type: 'message', seq: 1, text: secretWords });
  await visitor.nextOfType('ack');
  visitor.send({ type: 'end' });
  await visitor.close();
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path); else files.push(path);
    }
  };
  walk(server.dataDir);
  for (const file of files) {
    const content = readFileSync(file);
    for (const word of ['Zilvermeeuw-7781', 'Kraanvogel-4410']) assert.equal(content.includes(word), false, `${word} in ${file}`);
  }
  for (const word of ['Zilvermeeuw-7781', 'Kraanvogel-4410']) assert.equal(server.stderr().includes(word), false);
});

test('one address starts a handful of chats a minute, not a flood', async () => {
  const limited = await startServer({ args: ['--chat-always-open'] });
  try {
    const outcomes = [];
    for (let i = 0; i < 7; ++i) {
      const visitor = await ChatConnection.open(chatUrl(limited.origin, '/chat/ws'));
      visitor.send({ type: 'start', danger: 'no', safe: 'yes' });
      outcomes.push((await visitor.next((f) => f.type === 'started' || f.type === 'error')).type);
      await visitor.close();
    }
    assert.deepEqual(outcomes.slice(0, 5), ['started', 'started', 'started', 'started', 'started']);
    assert.equal(outcomes.at(-1), 'error');
  } finally {
    await limited.stop();
    limited.removeData();
  }
});

test("the console hears refusals in its own language", async () => {
  const dutch = await openConsole();
  dutch.send({ type: 'transfer', conversation: 999999, to: null });
  assert.equal((await dutch.nextOfType('error')).message, 'Dit gesprek is niet van jou.');
  const english = await ChatConnection.open(chatUrl(server.origin, '/staff/chat/ws?lang=en'), { Authorization: `Bearer ${intakeToken}` });
  await english.nextOfType('welcome');
  english.send({ type: 'transfer', conversation: 999999, to: null });
  assert.equal((await english.nextOfType('error')).message, 'This conversation is not yours.');
  await Promise.all([dutch.close(), english.close()]);
});
