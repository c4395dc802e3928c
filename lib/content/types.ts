import type { AttackVector, IncidentStatus } from "./schema";
import type { TocEntry } from "./markdown";
import type { StatusStep } from "./timeline";

export type { AttackVector, IncidentStatus, StatusStep, TocEntry };

export type Source = { title: string; url: string; publisher?: string; date?: string; archiveUrl?: string };
export type IncidentUpdate = { date: string; note: string; status?: IncidentStatus };

/** What a listing needs: everything but the body. */
export type IncidentSummary = {
  slug: string;
  title: string;
  date: string;
  /** Latest date in the updates log, or the publication date. */
  updated: string;
  summary: string;
  status: IncidentStatus;
  incidentDate?: string;
  lossUsd?: number;
  recoveredUsd?: number;
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

export type Page<T> = { items: T[]; page: number; totalPages: number; totalItems: number };
