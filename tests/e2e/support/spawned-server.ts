/**
 * A second `next start` of the build the main web server made, with an environment of its own (no trusted
 * proxy, a slow SMTP server…), and raw HTTP requests that choose their own source address on loopback —
 * something Playwright's request context cannot do — to stand in for different clients.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startBuiltSite } from "../../support/site";

export type SpawnedServer = { base: string; port: number; dataDir: string; output: () => string; stop: () => Promise<void> };

export async function startServer(port: number, env: Record<string, string>): Promise<SpawnedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-spawned-"));
  const site = await startBuiltSite({
    port,
    host: env.LISTEN_HOST ?? "127.0.0.1",
    env: { SITE_URL: `http://127.0.0.1:${String(port)}`, DATA_DIR: dataDir, DATABASE_URL: "", SMTP_URL: "", TRUST_PROXY: "", ...env },
  });
  const stop = async () => {
    await site.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { base: site.base, port, dataDir, output: site.output, stop };
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string };

const agents = new Map<string, http.Agent>();
/** One keep-alive agent per source address, so a series of requests measures the server, not TCP set-up. */
function agentFor(localAddress: string): http.Agent {
  let agent = agents.get(localAddress);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
    agents.set(localAddress, agent);
  }
  return agent;
}

export function rawRequest(options: {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Source address on loopback (127.0.0.2 …): a different client as far as the server's socket can tell. */
  localAddress?: string;
  host?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: options.host ?? "127.0.0.1",
        port: options.port,
        path: options.path,
        method: options.method ?? "GET",
        headers: { ...(options.body !== undefined ? { "Content-Length": String(Buffer.byteLength(options.body)) } : {}), ...options.headers },
        agent: agentFor(options.localAddress ?? "127.0.0.1"),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("error", reject);
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** How many times a header name occurs in the raw response (Allow must be one header, not two). */
export function headerCount(response: RawResponse, name: string): number {
  return response.rawHeaders.filter((h, i) => i % 2 === 0 && h.toLowerCase() === name.toLowerCase()).length;
}

export function signupForm(email: string): { headers: Record<string, string>; body: string } {
  return {
    headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, source: "/" }).toString(),
  };
}
