/**
 * GraphQL subscriptions over Server-Sent Events, as a client sees them: POST /graphql with
 * Accept: text/event-stream, then events read off the response body one by one.
 */

export interface SseEvent {
  event: string;
  data: string;
}

export class SseStream {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  /** Comment lines (":") seen so far: the heartbeats. */
  heartbeats = 0;

  constructor(readonly response: Response) {
    if (!response.body) throw new Error(`No event stream (HTTP ${response.status})`);
    this.reader = response.body.getReader();
  }

  /** The next event, or an error after `timeoutMs`. */
  async next(timeoutMs = 5_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const lines = block.split('\n');
        this.heartbeats += lines.filter((line) => line.startsWith(':')).length;
        const event = lines
          .find((line) => line.startsWith('event:'))
          ?.slice(6)
          .trim();
        if (!event) continue;
        const data = lines
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        return { event, data };
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No event within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`No event within ${timeoutMs} ms`)), left);
      });
      try {
        const { value, done } = await Promise.race([this.reader.read(), timeout]);
        if (done) throw new Error('The event stream ended');
        this.buffer += this.decoder.decode(value, { stream: true });
      } finally {
        clearTimeout(timer);
      }
    }
  }

  /** The data of the next `next` event, parsed (a GraphQL result). */
  async nextResult<T = Record<string, unknown>>(
    timeoutMs?: number,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const event = await this.next(timeoutMs);
    if (event.event !== 'next') throw new Error(`Expected a "next" event, got "${event.event}"`);
    return JSON.parse(event.data) as { data?: T };
  }

  /** Drops the connection, as a client that goes away. */
  async close(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }
}

/** Opens a subscription; `fetchFn` is yoga.fetch in process, or fetch against a listening server. */
export async function subscribe(
  fetchFn: (url: string, init: RequestInit) => Promise<Response> | Response,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<SseStream> {
  const body = JSON.stringify({ query, variables });
  const response = await fetchFn(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'content-length': String(Buffer.byteLength(body)),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return new SseStream(response);
}
