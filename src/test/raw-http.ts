// A keep-alive HTTP/1.1 connection over a bare socket, one request at a time, for tests that kill the
// server under load. fetch() and node:http would hide what matters there: whether the response was
// received whole before the connection died. Here a request resolves only once its status line, headers
// and the full body (by content-length) have arrived, and rejects if the socket closes or fails first.
// It is also cheap on CPU (see bench/event-clients.ts), so the clients do not starve the server on 2 cores.
import net from "node:net";

export interface RawResponse {
  status: number;
  body: string;
}

export interface RawConnection {
  send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse>;
  close(): void;
}

export async function openRawConnection(host: string, port: number): Promise<RawConnection> {
  const socket = net.connect({ host, port, noDelay: true });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  let buffered: Buffer = Buffer.alloc(0);
  let waiting: { resolve: (response: RawResponse) => void; reject: (error: Error) => void } | undefined;
  let dead: Error | undefined;

  const fail = (error: Error) => {
    dead ??= error;
    const pending = waiting;
    waiting = undefined;
    pending?.reject(dead);
  };
  // After SIGKILL the kernel closes the server's end: a reset or a plain end, depending on timing.
  socket.on("error", (error) => fail(error));
  socket.on("close", () => fail(new Error("connection closed before the response was complete")));
  socket.on("data", (chunk: Buffer) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    const headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0 || !waiting) return;
    const head = buffered.subarray(0, headEnd).toString("latin1");
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    // Fastify sends a content-length with every JSON answer; without one, "complete" cannot be told.
    if (length === undefined) {
      fail(new Error(`response without content-length: ${head}`));
      return;
    }
    const end = headEnd + 4 + Number(length);
    if (buffered.length < end) return;
    const body = buffered.subarray(headEnd + 4, end).toString("utf8");
    buffered = buffered.subarray(end);
    const pending = waiting;
    waiting = undefined;
    pending.resolve({ status: Number(head.slice(9, 12)), body });
  });

  return {
    send(method, path, headers, body) {
      if (dead) return Promise.reject(dead);
      if (waiting) return Promise.reject(new Error("one request at a time on a connection"));
      const response = new Promise<RawResponse>((resolve, reject) => {
        waiting = { resolve, reject };
      });
      const lines = [`${method} ${path} HTTP/1.1`, `host: ${host}:${port}`];
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      if (body !== undefined)
        lines.push("content-type: application/json", `content-length: ${Buffer.byteLength(body)}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n${body ?? ""}`);
      return response;
    },
    close: () => socket.destroy(),
  };
}
