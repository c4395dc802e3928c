import { siteConfig } from "@/config/site";
import { listIncidentsPage } from "@/lib/content";
import { buildMetadata } from "@/lib/metadata";
import { IncidentArchive } from "@/components/incidents/IncidentArchive";

export const metadata = buildMetadata({
  title: "All incidents",
  description: "Every crypto-security incident Breachdesk has reported, newest first.",
  path: "/incidents",
});

export default function IncidentsPage() {
  return <IncidentArchive result={listIncidentsPage(1, siteConfig.pageSize)} />;
}
