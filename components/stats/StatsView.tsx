import Link from "next/link";
import type { IncidentStats } from "@/lib/content";
import { describeLossTotal } from "@/lib/format/loss-total";
import { formatUsd, formatUsdCompact } from "@/lib/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { BarChart } from "./BarChart";

function largest<T extends { label: string; value: number }>(data: T[]): T | undefined {
  return data.reduce<T | undefined>((best, d) => (best === undefined || d.value > best.value ? d : best), undefined);
}

export function StatsView({ stats }: { stats: IncidentStats }) {
  const peakYear = largest(stats.lossesByYear);
  const topVector = stats.incidentsByVector[0];
  const topExchange = stats.topExchanges[0];
  return (
    <>
      <PageHeading eyebrow="Statistics" title="Losses and incidents in numbers" lead={describeLossTotal(stats.total)} />
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        Losses are as reported at the time, in US dollars, by the year the incident happened. Incidents with an unknown loss
        are counted but add nothing to the sums. The same figures are in the <Link className="underline" href="/data">open data</Link>.
      </p>
      <BarChart
        id="losses-by-year"
        title="Reported losses per year"
        description={
          peakYear
            ? `Sum of reported losses for incidents in each year. The largest year is ${peakYear.label} with ${formatUsd(peakYear.value)}.`
            : "No incidents yet."
        }
        data={stats.lossesByYear}
        format={formatUsdCompact}
        labelHeading="Year"
        valueHeading="Reported loss (USD)"
        extraColumns={[
          { heading: "Incidents", cell: (d) => String(d.count) },
          { heading: "Unknown loss", cell: (d) => String(d.unknownCount) },
        ]}
      />
      <BarChart
        id="incidents-by-vector"
        title="Incidents by attack vector"
        description={
          topVector
            ? `Number of incidents for each attack vector. The most common is ${topVector.label} with ${String(topVector.value)}.`
            : "No incidents yet."
        }
        data={stats.incidentsByVector}
        format={(v) => String(v)}
        labelHeading="Attack vector"
        valueHeading="Incidents"
      />
      <BarChart
        id="top-exchanges"
        title="Top exchanges by reported losses"
        description={
          topExchange
            ? `The ${String(stats.topExchanges.length)} exchanges with the largest reported losses; an incident naming two exchanges counts for both. ${topExchange.label} leads with ${formatUsd(topExchange.value)}.`
            : "No exchange has a reported loss yet."
        }
        data={stats.topExchanges}
        format={formatUsdCompact}
        labelHeading="Exchange"
        valueHeading="Reported loss (USD)"
        extraColumns={[
          { heading: "Incidents", cell: (d) => String(d.count) },
          { heading: "Unknown loss", cell: (d) => String(d.unknownCount) },
        ]}
      />
    </>
  );
}
