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

function treePids(root: number): number[] {
  const children = childrenOf();
  const pids: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (pid === undefined) break;
    pids.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return pids;
}

export function treeRssBytes(root: number): number {
  return treePids(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
}

/** Clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux for every architecture). */
const USER_HZ = 100;

/** User + system CPU seconds a process has used so far (0 once it has exited). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat(5); fields[0] here is field 3.
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / USER_HZ;
  } catch {
    return 0;
  }
}

export type PhaseResult = {
  name: string;
  command: string;
  seconds: number;
  /**
   * CPU seconds (user + system) of the whole process tree: on a machine shared with other work the wall
   * time moves with the load, this much less, so levers can be compared while others build.
   */
  cpuSeconds?: number;
  peakRssMiB: number;
  exitCode: number;
  outputTail: string;
};

/**
 * Runs a shell command, sampling the RSS and CPU time of its whole process tree every 200 ms. CPU time
 * is each process's last sample, so a process that lives less than one interval is missed (npx, sh).
 */
export function runPhase(name: string, command: string, options: { cwd: string; env?: Record<string, string> }): Promise<PhaseResult> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn("bash", ["-c", command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    const cpuByPid = new Map<number, number>();
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const pids = treePids(child.pid);
      peak = Math.max(peak, pids.reduce((sum, pid) => sum + rssBytes(pid), 0));
      for (const pid of pids) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuSeconds(pid)));
    }, 200);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const cpu = [...cpuByPid.values()].reduce((sum, v) => sum + v, 0);
      resolve({ name, command, seconds: Math.round(seconds * 10) / 10, cpuSeconds: Math.round(cpu * 10) / 10, peakRssMiB: Math.round(peak / 1048576), exitCode: code ?? 1, outputTail: output.slice(-1500) });
    });
  });
}
