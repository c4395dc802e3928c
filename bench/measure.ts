/** Process measurement for the benchmark: wall time and peak RSS summed over a whole process tree. */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const PAGE_SIZE = 4096;

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the parenthesised command name, which may itself contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process exited between readdir and read: it no longer uses memory, so skipping it is exact.
      continue;
    }
  }
  return children;
}

function rssBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${String(pid)}/statm`, "utf8").split(" ");
    return Number(statm[1] ?? 0) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

export function treeRssBytes(root: number): number {
  const children = childrenOf();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (pid === undefined) break;
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export type PhaseResult = { name: string; command: string; seconds: number; peakRssMiB: number; exitCode: number; outputTail: string };

/** Runs a shell command, sampling the RSS of its whole process tree every 200 ms. */
export function runPhase(name: string, command: string, options: { cwd: string; env?: Record<string, string> }): Promise<PhaseResult> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn("bash", ["-c", command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setInterval(() => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
    }, 200);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ name, command, seconds: Math.round(seconds * 10) / 10, peakRssMiB: Math.round(peak / 1048576), exitCode: code ?? 1, outputTail: output.slice(-1500) });
    });
  });
}
