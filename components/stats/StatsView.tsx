import Link from "next/link";
import type { ChartDatum, IncidentStats } from "@/lib/stats";
import { describeLossTotal } from "@/lib/losses";
import { formatUsd, formatUsdCompact } from "@/lib/format";
import { describeDelayHours } from "@/lib/content/model";
import { PageHeading } from "@/components/ui/PageHeading";
import { BarChart } from "./BarChart";
import { openDataPath } from "@/lib/routes";

function largest<T extends { label: string; value: number }>(data: T[]): T | undefined {
  return data.reduce<T | undefined>((best, d) => (best === undefined || d.value > best.value ? d : best), undefined);
}

/** A chart of incident counts: the value is a plain number of incidents. */
function CountChart<T extends ChartDatum>(props: Omit<React.ComponentProps<typeof BarChart<T>>, "format" | "valueHeading">) {
  return <BarChart {...props} format={String} valueHeading="Incidents" />;
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
        are counted but add nothing to the sums. The same figures are in the <Link className="underline" href={openDataPath()}>open data</Link>.
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
      <CountChart
        id="incidents-by-vector"
        title="Incidents by attack vector"
        description={
          topVector
            ? `Number of incidents for each attack vector. The most common is ${topVector.label} with ${String(topVector.value)}.`
            : "No incidents yet."
        }
        data={stats.incidentsByVector}
        labelHeading="Attack vector"
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
      <BarChart
        id="stolen-frozen-reimbursed"
        title="Stolen, frozen, reimbursed"
        description={`What attackers took, what was taken back from them (frozen by issuers and exchanges, seized, or returned), and what customers got back from exchanges, owners, insurers or courts. Each sum covers only the incidents where that figure is reported: ${stats.recovery.map((r) => `${r.label.toLowerCase()} for ${String(r.known)}`).join(", ")}.`}
        data={stats.recovery}
        format={formatUsdCompact}
        labelHeading="Measure"
        valueHeading="US dollars"
        extraColumns={[{ heading: "Incidents with the figure", cell: (d) => String(d.known) }]}
      />
      <CountChart
        id="disclosure-delay"
        title="How long exchanges took to disclose"
        description={
          stats.disclosure.measured > 0
            ? `Time from the first unauthorised outflow to the exchange's own first public acknowledgement, for the ${String(stats.disclosure.measured)} incidents where both are known. Median: ${stats.disclosure.medianHours === undefined ? "n/a" : describeDelayHours(stats.disclosure.medianHours, false)}.`
            : "No incident has both a first-outflow and an acknowledgement date yet."
        }
        data={stats.disclosureDelays}
        labelHeading="Delay"
      />
      <CountChart
        id="incidents-by-target"
        title="Incidents by target"
        description="What was breached: the exchange's hot or cold wallets, a custodian or bridge it relied on, its customers' accounts or data, or insiders. Incidents whose target is not known are left out."
        data={stats.incidentsByTarget}
        labelHeading="Target"
      />
      <CountChart
        id="incidents-by-chain"
        title="Incidents by chain"
        description="The chains stolen funds were on; an incident on several chains counts for each. The twelve most frequent."
        data={stats.incidentsByChain}
        labelHeading="Chain"
      />
      <CountChart
        id="attributions"
        title="Attributed actors"
        description="Incidents attributed to a named actor, and by whom: official means a government, court or regulator named them; analyst means only security firms or researchers did."
        data={stats.attributions}
        labelHeading="Actor"
        extraColumns={[
          { heading: "Official", cell: (d) => String(d.official) },
          { heading: "Analysts only", cell: (d) => String(d.analyst) },
        ]}
      />
    </>
  );
}
