import { describe, expect, it, vi } from 'vitest';
import { connectSse, createSseParser, type SseConnectionState, type SseEvent } from './sse';

function parse(...chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  chunks.forEach((chunk) => parser.push(chunk));
  return events;
}

describe('createSseParser', () => {
  it('shouldParseANamedEventWithJsonData', () => {
    expect(parse('event: snapshot\ndata: {"totalFamilies":3}\n\n')).toEqual([
      { event: 'snapshot', data: '{"totalFamilies":3}', id: undefined },
    ]);
  });

  it('shouldReassembleAFrameSplitAcrossChunksAnywhere', () => {
    const frame = 'event: snapshot\ndata: {"totalFamilies":42}\n\n';
    for (let cut = 1; cut < frame.length; cut++) {
      expect(parse(frame.slice(0, cut), frame.slice(cut))).toEqual([
        { event: 'snapshot', data: '{"totalFamilies":42}', id: undefined },
      ]);
    }
  });

  it('shouldJoinMultipleDataLinesWithNewlines', () => {
    expect(parse('data: first\ndata: second\ndata:third\n\n')[0].data).toBe('first\nsecond\nthird');
  });

  it('shouldIgnoreCommentsAndHeartbeats', () => {
    const events = parse(':heartbeat\n\n', ': keep-alive\n', 'event: snapshot\n:mid-frame comment\ndata: 1\n\n');
    expect(events).toEqual([{ event: 'snapshot', data: '1', id: undefined }]);
  });

  it('shouldHandleCrlfAndCrLineEndingsEvenWhenCrlfIsSplit', () => {
    expect(parse('event: a\r', '\ndata: 1\r', '\n\r', '\n', 'data: 2\r\r', ':next')).toEqual([
      { event: 'a', data: '1', id: undefined },
      { event: 'message', data: '2', id: undefined },
    ]);
  });

  it('shouldNotDispatchAFrameWithoutDataAndResetTheEventName', () => {
    expect(parse('event: snapshot\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x', id: undefined }]);
  });

  it('shouldKeepAnIncompleteFrameUntilItsBlankLineArrives', () => {
    const events: SseEvent[] = [];
    const parser = createSseParser((e) => events.push(e));
    parser.push('event: snapshot\ndata: {"a":1}\n');
    expect(events).toHaveLength(0);
    parser.push('\n');
    expect(events).toHaveLength(1);
  });

  it('shouldRememberTheLastEventId', () => {
    expect(parse('id: 7\ndata: x\n\ndata: y\n\n').map((e) => e.id)).toEqual(['7', '7']);
  });
});

/** A streaming response whose body the test writes to. */
function streamingResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

describe('connectSse', () => {
  it('shouldSendTheHeadersAndDeliverEventsAsTheyStream', async () => {
    const stream = streamingResponse();
    const fetchMock = vi.fn(async () => stream.response);
    const events: SseEvent[] = [];
    const states: SseConnectionState[] = [];
    const close = connectSse({
      url: '/api/supervision/stream',
      headers: () => ({ Authorization: 'Bearer t' }),
      onEvent: (e) => events.push(e),
      onStateChange: (s) => states.push(s),
      fetch: fetchMock,
    });

    await vi.waitFor(() => expect(states).toContain('open'));
    const init = (fetchMock.mock.calls[0] as unknown[])[1] as RequestInit;
    expect(init.headers).toEqual({ Accept: 'text/event-stream', Authorization: 'Bearer t' });

    stream.write('event: snapshot\ndata: {"n":');
    stream.write('1}\n\n');
    await vi.waitFor(() => expect(events).toEqual([{ event: 'snapshot', data: '{"n":1}', id: undefined }]));
    close();
    expect(states.at(-1)).toBe('closed');
  });

  it('shouldReconnectWithBackoffWhenTheStreamEnds', async () => {
    const first = streamingResponse();
    const second = streamingResponse();
    const fetchMock = vi.fn().mockResolvedValueOnce(first.response).mockResolvedValueOnce(second.response);
    const backoff = vi.fn(() => 0);
    const events: string[] = [];
    const states: SseConnectionState[] = [];
    const close = connectSse({
      url: '/s',
      onEvent: (e) => events.push(e.data),
      onStateChange: (s) => states.push(s),
      backoff,
      fetch: fetchMock,
    });

    await vi.waitFor(() => expect(states).toContain('open'));
    first.write('data: one\n\n');
    first.end();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    second.write('data: two\n\n');
    await vi.waitFor(() => expect(events).toEqual(['one', 'two']));
    expect(states).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    expect(backoff).toHaveBeenCalledWith(0);
    close();
  });

  it('shouldSendTheLastEventIdReceivedWhenItReconnects', async () => {
    const first = streamingResponse();
    const second = streamingResponse();
    const third = streamingResponse();
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(first.response)
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(second.response)
      .mockResolvedValueOnce(third.response);
    const events: string[] = [];
    const close = connectSse({
      url: '/s',
      headers: () => ({ Authorization: 'Bearer t' }),
      onEvent: (e) => events.push(e.data),
      backoff: () => 0,
      fetch: fetchMock,
    });
    const headersOf = (call: number) => ((fetchMock.mock.calls[call] as unknown[])[1] as RequestInit).headers;

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    first.write('id: 41\nevent: snapshot\ndata: a\n\nid: 42\nevent: alert\ndata: b\n\n');
    await vi.waitFor(() => expect(events).toEqual(['a', 'b']));
    first.end();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(headersOf(0)).not.toHaveProperty('Last-Event-ID');
    // a failed attempt in between does not lose the id
    expect(headersOf(1)).toEqual({ Accept: 'text/event-stream', Authorization: 'Bearer t', 'Last-Event-ID': '42' });
    expect(headersOf(2)).toEqual({ Accept: 'text/event-stream', Authorization: 'Bearer t', 'Last-Event-ID': '42' });

    second.write('data: no id of its own\n\nid: 43\ndata: c\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(4));
    second.end();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(4));
    expect(headersOf(3)).toMatchObject({ 'Last-Event-ID': '43' });
    close();
  });

  it('shouldForgetTheIdWhenTheServerSendsAnEmptyOne', async () => {
    const first = streamingResponse();
    const second = streamingResponse();
    const fetchMock = vi.fn().mockResolvedValueOnce(first.response).mockResolvedValueOnce(second.response);
    const close = connectSse({ url: '/s', onEvent: () => {}, backoff: () => 0, fetch: fetchMock });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    first.write('id: 5\ndata: a\n\nid\ndata: b\n\n');
    first.end();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(((fetchMock.mock.calls[1] as unknown[])[1] as RequestInit).headers).not.toHaveProperty('Last-Event-ID');
    close();
  });

  it('shouldGrowTheDelayWhileConnectingKeepsFailing', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    let close = () => {};
    const backoff = vi.fn((attempt: number) => {
      if (attempt === 2) close();
      return 0;
    });
    close = connectSse({ url: '/s', onEvent: () => {}, backoff, fetch: fetchMock });
    await vi.waitFor(() => expect(backoff).toHaveBeenCalledTimes(3));
    expect(backoff.mock.calls.slice(0, 3)).toEqual([[0], [1], [2]]);
  });

  it('shouldReportUnauthorizedOn401', async () => {
    const onUnauthorized = vi.fn();
    const fetchMock = vi.fn(async () => new Response(null, { status: 401 }));
    const close = connectSse({ url: '/s', onEvent: () => {}, onUnauthorized, backoff: () => 60_000, fetch: fetchMock });
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    close();
  });

  it('shouldStopReconnectingOnceClosed', async () => {
    vi.useFakeTimers();
    try {
      const fetchMock = vi.fn(async () => new Response(null, { status: 503 }));
      const close = connectSse({ url: '/s', onEvent: () => {}, backoff: () => 1000, fetch: fetchMock });
      await vi.advanceTimersByTimeAsync(10);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(fetchMock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
