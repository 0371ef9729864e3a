/**
 * Server-Sent Events over fetch. EventSource cannot send an Authorization header, and the supervision
 * stream needs the bearer token, so frames are read from a fetch body and parsed here
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 */

export interface SseEvent {
  /** The `event:` field, or "message" when the frame has none. */
  event: string;
  /** The `data:` lines joined with "\n". */
  data: string;
  id?: string;
}

export interface SseParser {
  /** Feeds the next piece of text; a frame may be split anywhere, even inside a line ending. */
  push(chunk: string): void;
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  let lastId: string | undefined;

  const dispatch = () => {
    if (dataLines.length > 0) {
      onEvent({ event: eventName || 'message', data: dataLines.join('\n'), id: lastId });
    }
    eventName = '';
    dataLines = [];
  };

  const processLine = (line: string) => {
    if (line === '') {
      dispatch();
      return;
    }
    if (line.startsWith(':')) {
      return; // a comment, e.g. the server's heartbeat
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    switch (field) {
      case 'event':
        eventName = value;
        break;
      case 'data':
        dataLines.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) {
          lastId = value;
        }
        break;
      default:
        break; // "retry" and unknown fields: the reconnect policy is ours
    }
  };

  return {
    push(chunk: string) {
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer[i];
        if (ch === '\n' || ch === '\r') {
          if (ch === '\r' && i === buffer.length - 1) {
            break; // might be the first half of "\r\n": wait for the next chunk
          }
          processLine(buffer.slice(start, i));
          if (ch === '\r' && buffer[i + 1] === '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      buffer = buffer.slice(start);
    },
  };
}

export type SseConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export class SseHttpError extends Error {
  constructor(readonly status: number) {
    super(`SSE request failed with HTTP ${status}`);
  }
}

export interface SseConnectionOptions {
  url: string;
  /** Called before every (re)connect, so a renewed token is picked up. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  onEvent: (event: SseEvent) => void;
  onStateChange?: (state: SseConnectionState) => void;
  /** A 401 means the session is gone; the caller decides (usually: log in again). */
  onUnauthorized?: () => void;
  /** Delay before reconnect attempt n (0-based). */
  backoff?: (attempt: number) => number;
  fetch?: typeof fetch;
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
export const defaultBackoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

/**
 * Keeps a stream open: connects, hands every event to `onEvent`, and when the stream ends or fails
 * reconnects after a growing delay (reset once a connection succeeds), sending the last event id received
 * as `Last-Event-ID` so the server can replay what was missed, as EventSource does. Returns a function that
 * closes it.
 */
export function connectSse(options: SseConnectionOptions): () => void {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const backoff = options.backoff ?? defaultBackoff;
  const controller = new AbortController();
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let lastEventId: string | undefined;

  const setState = (state: SseConnectionState) => {
    if (!closed || state === 'closed') {
      options.onStateChange?.(state);
    }
  };

  const readOnce = async () => {
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...(await options.headers?.()) };
    if (lastEventId) {
      headers['Last-Event-ID'] = lastEventId;
    }
    const response = await doFetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) {
      throw new SseHttpError(response.status);
    }
    attempt = 0;
    setState('open');
    const parser = createSseParser((event) => {
      if (event.id !== undefined) {
        lastEventId = event.id;
      }
      options.onEvent(event);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      parser.push(value);
    }
  };

  const run = async () => {
    setState('connecting');
    while (!closed) {
      try {
        await readOnce();
      } catch (error) {
        if (closed) {
          return;
        }
        if (error instanceof SseHttpError && error.status === 401) {
          options.onUnauthorized?.();
        }
      }
      if (closed) {
        return;
      }
      setState('reconnecting');
      const delay = backoff(attempt++);
      await new Promise<void>((resolve) => {
        timer = setTimeout(resolve, delay);
      });
    }
  };

  void run();

  return () => {
    if (closed) {
      return;
    }
    closed = true;
    clearTimeout(timer);
    controller.abort();
    setState('closed');
  };
}
