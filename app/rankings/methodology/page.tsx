import { buildMetadata } from "@/lib/metadata";
import { MethodologyView } from "@/components/rankings/MethodologyView";
import { rankingsMethodologyPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Rankings methodology",
  description: "How Breachdesk's exchange security score is calculated: every input, every weight, and what we do with unknowns.",
  path: rankingsMethodologyPath(),
});

export default function MethodologyPage() {
  return <MethodologyView />;
}
