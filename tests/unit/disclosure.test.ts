import { describe, expect, it } from "vitest";
import { describeDisclosureDelay, disclosureDelay } from "@/lib/content/model";

describe("disclosure delay", () => {
  it("counts hours between two UTC times and says them in words", () => {
    const d = disclosureDelay({ firstOutflowAt: "2025-02-21T12:30Z", acknowledgedAt: "2025-02-21T14:30Z" });
    expect(d?.hours).toBe(2);
    expect(d && describeDisclosureDelay(d)).toBe("2 hours");
    const bybit = disclosureDelay({ firstOutflowAt: "2025-02-21T14:13Z", acknowledgedAt: "2025-02-21T15:44Z" });
    expect(bybit && describeDisclosureDelay(bybit)).toBe("1 hour 31 minutes");
  });

  it("uses whole days when either side is a bare date", () => {
    const d = disclosureDelay({ firstOutflowAt: "2018-09-14T08:00Z", acknowledgedAt: "2018-09-20" });
    expect(d?.hours).toBe(144);
    expect(d && describeDisclosureDelay(d)).toBe("6 days");
    const same = disclosureDelay({ firstOutflowAt: "2020-12-21T02:27Z", acknowledgedAt: "2020-12-21" });
    expect(same && describeDisclosureDelay(same)).toBe("same day");
  });

  it("reads months and years for long silences, and nothing when a side is missing or out of order", () => {
    const months = disclosureDelay({ firstOutflowAt: "2024-04-29", acknowledgedAt: "2024-11-01" });
    expect(months && describeDisclosureDelay(months)).toBe("6 months");
    const years = disclosureDelay({ firstOutflowAt: "2011-06-01", acknowledgedAt: "2014-02-24" });
    expect(years && describeDisclosureDelay(years)).toBe("2.7 years");
    expect(disclosureDelay({ firstOutflowAt: "2024-01-01" })).toBeUndefined();
    expect(disclosureDelay({ firstOutflowAt: "2024-01-02", acknowledgedAt: "2024-01-01" })).toBeUndefined();
  });
});
