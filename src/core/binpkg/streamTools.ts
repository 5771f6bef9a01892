/** Looking at the first bytes of an async byte stream without losing them. */

/** Read at least `n` bytes (or all there is) and return them with a stream that replays them first. */
export async function peek(source: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Buffer; stream: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let got = 0;
  let done = false;
  while (got < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(Buffer.from(r.value)); // a copy: the source may reuse its buffer for the next chunk
    got += r.value.length;
  }
  const head = Buffer.concat(parts, got);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: replay() };
}
