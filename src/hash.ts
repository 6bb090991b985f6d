// SHA-256 (FIPS 180-4). A run hashes a handful of short strings (key fingerprints, SARIF fingerprints):
// plain JavaScript does that without loading node:crypto, which costs about 5 ms of start-up
// (@noble/hashes, measured in its place, took 2.6 ms of a profiled run against 0.5 ms for this one
// function). A huge input can hold thousands of values to fingerprint: past the first few dozen, the
// native hash is loaded and takes over (on a 1 MiB .env of distinct values, JavaScript alone cost ~0.7 s
// more). test/hash.test.ts checks both against each other.

/** Hashes done in JavaScript before node:crypto takes over. */
const JS_HASHES = 64;
let hashed = 0;

/** SHA-256 of the text's UTF-8 bytes, as lower-case hex (the same digest as `sha256sum`). */
export function sha256Hex(text: string): string {
  hashed++;
  if (hashed <= JS_HASHES) return sha256Js(text);
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The JavaScript SHA-256, exported for its test. */
export function sha256Js(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  // The message, a 1 bit, zeros, and the length in bits as a 64-bit big-endian number: whole 64-byte blocks.
  const blocks = Buffer.alloc(Math.ceil((bytes.length + 9) / 64) * 64);
  bytes.copy(blocks);
  blocks[bytes.length] = 0x80;
  blocks.writeUInt32BE(Math.floor(bytes.length / 0x20000000), blocks.length - 8);
  blocks.writeUInt32BE((bytes.length * 8) >>> 0, blocks.length - 4);
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  for (let block = 0; block < blocks.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = blocks.readUInt32BE(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!;
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a, b, c, d, e, f, g, k];
    for (let i = 0; i < 8; i++) h[i] = h[i]! + next[i]!;
  }
  return Buffer.from(h.buffer).swap32().toString('hex');
}
