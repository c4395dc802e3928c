import { buildMetadata } from "@/lib/metadata";
import { MethodologyView } from "@/components/rankings/MethodologyView";

export const metadata = buildMetadata({
  title: "Rankings methodology",
  description: "How Breachdesk's exchange security score is calculated: every input, every weight, and what we do with unknowns.",
  path: "/rankings/methodology",
});

export default function MethodologyPage() {
  return <MethodologyView />;
}
