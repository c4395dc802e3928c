import type { AttackVector, AttributionKind, Chain, CustomerOutcomeResult, IncidentStatus, TargetType, UpdateKind } from "./vocabularies";
import type { StatusStep } from "./timeline";

export type { AttackVector, AttributionKind, Chain, CustomerOutcomeResult, IncidentStatus, StatusStep, TargetType, UpdateKind };

/** A heading in an article's "On this page" list (rendered by the content pipeline's markdown step). */
export type TocEntry = { depth: 2 | 3; id: string; text: string };

export type StolenAsset = { asset: string; amount: number };
export type CustomerOutcome = { result: CustomerOutcomeResult; share?: number; date?: string; note?: string };
export type Attribution = { actor: string; by: string; kind: AttributionKind; date?: string; source: string };

/** How long the exchange took to say so publicly, from the first unauthorised outflow. */
export type DisclosureDelay = { hours: number; firstOutflowAt: string; acknowledgedAt: string };

export type Source = { title: string; url: string; publisher?: string; date?: string; archiveUrl?: string };
export type IncidentUpdate = { date: string; note: string; status?: IncidentStatus; kind: UpdateKind };

/** What a listing needs: everything but the body. */
export type IncidentSummary = {
  slug: string;
  title: string;
  date: string;
  /** Latest news or correction in the updates log (editorial notes do not count), or the publication date. */
  updated: string;
  summary: string;
  status: IncidentStatus;
  incidentDate?: string;
  incidentEndDate?: string;
  lossUsd?: number;
  /** Lowest and highest figures among the sources, when they disagree. */
  lossUsdLow?: number;
  lossUsdHigh?: number;
  stolenAssets: StolenAsset[];
  /** Funds taken back from the attacker: frozen by issuers or exchanges, seized, or returned. */
  frozenOrRecoveredUsd?: number;
  /** What customers got back from the exchange, an owner, an insurer or a court scheme. */
  reimbursedUsd?: number;
  customerOutcome?: CustomerOutcome;
  chains: Chain[];
  targetType?: TargetType;
  attribution: Attribution[];
  disclosureDelay?: DisclosureDelay;
  relatedIncidents: string[];
  assets: string[];
  attackVector: AttackVector;
  exchanges: string[];
  tags: string[];
  author: string;
  draft: boolean;
  /** Dated in the future: only `next dev` shows it until a build on or after that day. */
  scheduled: boolean;
  featured: boolean;
  readingMinutes: number;
};

export type Incident = IncidentSummary & {
  html: string;
  toc: TocEntry[];
  sources: Source[];
  updates: IncidentUpdate[];
  /** Publication and each status change, oldest first; empty when the status never changed. */
  statusTimeline: StatusStep[];
};

export type ExchangeRef = { slug: string; name: string };

export type TagCount = { tag: string; count: number };

export type { Page } from "@/lib/pagination";
