import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { isPublished, publicationState, statusTimeline } from "@/lib/content/model";
import { PublicationBanner } from "@/components/incidents/PublicationBanner";
import { UpdatesLog } from "@/components/incidents/UpdatesLog";

const today = "2026-01-01";
const published = { draft: false, date: "2025-12-31" };
const draft = { draft: true, date: "2025-12-31" };
const scheduled = { draft: false, date: "2026-01-02" };

describe("publication rule", () => {
  it("production and test builds leave out drafts and future-dated reports", () => {
    for (const mode of ["production", "test"] as const) {
      expect(isPublished(published, { today, mode })).toBe(true);
      expect(isPublished(draft, { today, mode })).toBe(false);
      expect(isPublished(scheduled, { today, mode })).toBe(false);
    }
  });

  it("a scheduled report appears with the first build on its date", () => {
    expect(isPublished(scheduled, { today: "2026-01-02", mode: "production" })).toBe(true);
  });

  it("next dev shows drafts and scheduled reports", () => {
    expect(isPublished(draft, { today, mode: "development" })).toBe(true);
    expect(isPublished(scheduled, { today, mode: "development" })).toBe(true);
    expect(publicationState(draft, today)).toBe("draft");
    expect(publicationState(scheduled, today)).toBe("scheduled");
  });

  it("dev marks drafts and scheduled reports with a banner; published ones get none", () => {
    expect(renderToStaticMarkup(createElement(PublicationBanner, { draft: true, scheduled: false, date: "2025-12-31" }))).toContain("DRAFT");
    expect(renderToStaticMarkup(createElement(PublicationBanner, { draft: false, scheduled: true, date: "2026-01-02" }))).toContain(
      "SCHEDULED — appears on the site with the first build on or after <time dateTime=\"2026-01-02\">2 January 2026</time>",
    );
    expect(renderToStaticMarkup(createElement(PublicationBanner, { draft: false, scheduled: false, date: "2025-12-31" }))).toBe("");
  });
});

describe("status timeline", () => {
  it("starts at publication and follows each status change in date order", () => {
    const steps = statusTimeline({
      date: "2017-10-04",
      updates: [
        { date: "2017-11-02", status: "confirmed" },
        { date: "2017-10-04", status: "reported" },
        { date: "2017-10-05", status: "denied" },
        { date: "2017-10-06" },
      ],
    });
    expect(steps).toEqual([
      { date: "2017-10-04", status: "reported", label: "Published" },
      { date: "2017-10-05", status: "denied", label: "Changed" },
      { date: "2017-11-02", status: "confirmed", label: "Changed" },
    ]);
  });

  it("adds a bare publication step when the first recorded status came later, and is empty without changes", () => {
    expect(statusTimeline({ date: "2018-06-20", updates: [{ date: "2018-06-21", status: "confirmed" }] })).toEqual([
      { date: "2018-06-20", label: "Published" },
      { date: "2018-06-21", status: "confirmed", label: "Changed" },
    ]);
    expect(statusTimeline({ date: "2018-06-20", updates: [{ date: "2018-06-21" }] })).toEqual([]);
  });

  it("renders updates as 'Updated <date>: <note>' with the status history", () => {
    const html = renderToStaticMarkup(
      createElement(UpdatesLog, {
        updates: [{ date: "2017-11-02", note: "OKEx disputes the figure.", status: "denied", kind: "update" }],
        timeline: statusTimeline({ date: "2017-10-04", updates: [{ date: "2017-11-02", status: "denied" }] }),
      }),
    );
    expect(html).toContain('Updated <time dateTime="2017-11-02">2 November 2017</time>:</span> <span class="text-zinc-700 dark:text-zinc-300">OKEx disputes the figure.</span>');
    expect(html).toContain('aria-label="Status history"');
  });

  it("introduces corrections and editorial notes as what they are, as the feeds do", () => {
    const html = renderToStaticMarkup(
      createElement(UpdatesLog, {
        updates: [
          { date: "2018-01-02", note: "The figure was wrong.", kind: "correction" },
          { date: "2026-11-25", note: "Archive note.", kind: "editorial" },
        ],
        timeline: [],
      }),
    );
    expect(html).toContain('Editor&#x27;s note <time dateTime="2026-11-25">');
    expect(html).toContain('Corrected <time dateTime="2018-01-02">');
    expect(html).not.toContain("Updated <time");
  });
});
