import { listExchangeDirectory } from "@/lib/rankings";
import { buildMetadata } from "@/lib/metadata";
import { ExchangeDirectory } from "@/components/exchanges/ExchangeDirectory";
import { exchangesPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Exchanges A–Z",
  description: "Every crypto exchange Breachdesk covers: country, status and the number of security incidents we have reported.",
  path: exchangesPath(),
});

export default function ExchangesPage() {
  return <ExchangeDirectory exchanges={listExchangeDirectory()} />;
}
