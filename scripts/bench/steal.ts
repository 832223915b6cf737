import { readFileSync } from 'node:fs';

/** The CPU time counters of all cores together, in clock ticks since boot: what the hypervisor gave other machines, and all. */
export interface CpuTimes {
  steal: number;
  total: number;
}

/**
 * The counters of /proc/stat's first line (`cpu  user nice system idle iowait irq softirq steal guest guest_nice`);
 * guest time is already counted in user and nice, so it is left out of the total.
 */
export function parseCpuTimes(stat: string): CpuTimes {
  const line = stat.split('\n').find((row) => /^cpu\s/.test(row));
  const fields = line?.trim().split(/\s+/).slice(1, 9).map(Number);
  if (!fields || fields.length < 8 || fields.some((field) => !Number.isFinite(field)))
    throw new Error(`/proc/stat has no "cpu" line with eight counters: ${JSON.stringify(line ?? stat.slice(0, 80))}`);
  return { steal: fields[7]!, total: fields.reduce((a, b) => a + b, 0) };
}

/** This machine's counters now, or undefined where the system has no /proc/stat (macOS, Windows). */
export function readCpuTimes(): CpuTimes | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
  return parseCpuTimes(stat);
}

/**
 * The share of the cores' time between two readings that the hypervisor gave to other machines: on a shared host,
 * a run's frames and long tasks grow with it whatever the load average says. Undefined without both readings.
 */
export function stealShare(start: CpuTimes | undefined, end: CpuTimes | undefined): number | undefined {
  if (!start || !end || end.total <= start.total) return undefined;
  return (end.steal - start.steal) / (end.total - start.total);
}
