/**
 * The one way specs, benchmarks and scripts start a built site, copy the site to build it elsewhere, and
 * wait for it: each used to carry its own spawn-and-poll loop, and they drifted (stdout "Ready" vs health).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type BuiltSite = {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM to the server's process group, then waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: nothing gets to clean up. */
  kill(): Promise<void>;
};

export type StartSiteOptions = {
  port: number;
  /** Added to this process's environment (NODE_ENV=production and telemetry off are set for you). */
  env?: Record<string, string | undefined>;
  /** The site directory holding .next/ (default: this checkout). */
  cwd?: string;
  host?: string;
  /** Polled until it answers 200 (default /api/health). */
  readyPath?: string;
  timeoutMs?: number;
};

/** `next start` of a finished build, in its own process group (so a kill reaches the server, not a wrapper). */
export async function startBuiltSite(options: StartSiteOptions): Promise<BuiltSite> {
  const cwd = options.cwd ?? ROOT;
  if (!existsSync(path.join(cwd, ".next", "BUILD_ID"))) throw new Error(`No production build in ${cwd}/.next — run \`npm run build\` first.`);
  const host = options.host ?? "127.0.0.1";
  const child = spawn(process.execPath, [path.join(cwd, "node_modules", "next", "dist", "bin", "next"), "start", "-H", host, "-p", String(options.port)], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, name);
    await exited;
  };
  const base = `http://127.0.0.1:${String(options.port)}`;
  const site: BuiltSite = { base, port: options.port, child, output: () => output, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
  try {
    await waitForHttp(`${base}${options.readyPath ?? "/api/health"}`, options.timeoutMs ?? 60_000, () => child.exitCode !== null || child.signalCode !== null);
  } catch (error) {
    await site.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return site;
}

/** Polls `url` until it answers 200; gives up at the deadline or as soon as `gaveUp()` says the server died. */
export async function waitForHttp(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    if (status === 200) return;
    if (gaveUp()) throw new Error(`${url}: the server exited before answering`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${String(Math.round(timeoutMs / 1000))} s`);
}

/**
 * A private copy of this checkout's tracked (and new, unignored) sources, to build with other content
 * without touching this tree's .next or .content-collections. node_modules is hard-linked: quick, no disk.
 */
export function copySiteSource(siteDir: string, options: { exclude: RegExp }): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !options.exclude.test(f) && existsSync(path.join(ROOT, f)));
  for (const file of files) cpSync(path.join(ROOT, file), path.join(siteDir, file));
  try {
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(siteDir, "node_modules")], { stdio: "pipe" });
  } catch (error) {
    // Hard links cannot cross file systems (a separate /tmp): a real copy is slower but the same.
    console.warn(`copySiteSource: hard-linking node_modules failed (${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)}); copying instead`);
    rmSync(path.join(siteDir, "node_modules"), { recursive: true, force: true });
    execFileSync("cp", ["-a", path.join(ROOT, "node_modules"), path.join(siteDir, "node_modules")]);
  }
}
