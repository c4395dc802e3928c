/** Social cards and the feed logo, rendered to PNG by next/og (inline styles only: satori, not the browser). */
import type { IncidentStatus, IncidentSummary } from "@/lib/content";
import { formatDate, formatUsdCompact } from "@/lib/format";
import { STATUS_INFO } from "@/lib/content/model";
import { toCardText } from "@/lib/og";

const INK = "#14161a";
const PAPER = "#fbfaf7";
const ACCENT = "#b42318";

const STATUS_COLOURS: Record<IncidentStatus, { bg: string; fg: string }> = {
  reported: { bg: "#fef3c7", fg: "#78350f" },
  denied: { bg: "#ede9fe", fg: "#4c1d95" },
  confirmed: { bg: "#fee2e2", fg: "#7f1d1d" },
  resolved: { bg: "#d1fae5", fg: "#064e3b" },
};

function Masthead({ siteName }: { siteName: string }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
      <div style={{ width: 20, height: 20, background: ACCENT }} />
      <div style={{ fontSize: 34, fontWeight: 700, letterSpacing: 1 }}>{siteName}</div>
    </div>
  );
}

export function IncidentCard({ siteName, incident }: { siteName: string; incident: IncidentSummary }) {
  const colours = STATUS_COLOURS[incident.status];
  const title = toCardText(incident.title);
  const loss = incident.lossUsd === undefined ? "Loss unknown" : `${formatUsdCompact(incident.lossUsd)} reported loss`;
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: PAPER, color: INK, padding: 64, borderTop: `16px solid ${ACCENT}` }}>
      <Masthead siteName={siteName} />
      <div style={{ display: "flex", fontSize: title.length > 90 ? 50 : 62, lineHeight: 1.15, fontWeight: 700 }}>{title}</div>
      <div style={{ display: "flex", alignItems: "center", gap: 28, fontSize: 32 }}>
        <div style={{ display: "flex", background: colours.bg, color: colours.fg, padding: "8px 20px", borderRadius: 8, fontWeight: 700, textTransform: "uppercase" }}>
          {STATUS_INFO[incident.status].label}
        </div>
        <div style={{ display: "flex" }}>{loss}</div>
        <div style={{ display: "flex", color: "#52525b" }}>{formatDate(incident.date)}</div>
      </div>
    </div>
  );
}

export function SiteCard({ siteName, tagline }: { siteName: string; tagline: string }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "center", gap: 32, background: PAPER, color: INK, padding: 80, borderTop: `16px solid ${ACCENT}` }}>
      <Masthead siteName={siteName} />
      <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>{toCardText(tagline)}</div>
    </div>
  );
}

export function FeedLogo() {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: INK, color: PAPER, fontSize: 96, fontWeight: 700 }}>
      <div style={{ display: "flex", borderBottom: `10px solid ${ACCENT}` }}>B</div>
    </div>
  );
}
