/**
 * `npm run new:incident` / `npm run new:exchange`: a new file with every field present, optional
 * ones commented out, and "TODO" wherever the editor must write something. content:check refuses
 * a file until every TODO is gone, so a half-filled scaffold cannot be published by accident.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ATTACK_VECTORS, ATTRIBUTION_KINDS, CUSTOMER_OUTCOMES, EXCHANGE_STATUSES, INCIDENT_STATUSES, TARGET_TYPES } from "../model/vocabularies";
import { PLACEHOLDER } from "../pipeline/check-content-file";

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const yamlString = (value: string) => JSON.stringify(value);

export function incidentTemplate({ title, today }: { title: string; today: string }): string {
  return `---
title: ${yamlString(title)}
date: ${today}                # publication date; a future date schedules the report
summary: "${PLACEHOLDER}: one or two sentences, at most 280 characters."
status: reported                # ${INCIDENT_STATUSES.join(" | ")}
# incidentDate: ${today}        # when it happened, if known
# incidentEndDate: ${today}     # only for thefts that ran over a period
# firstOutflowAt: ${today}      # first unauthorised outflow; YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (UTC)
# acknowledgedAt: ${today}      # the exchange's first public word (gives the disclosure delay)
# lossUsd: 1000000              # US dollars at the time; omit when unknown (shown as "Loss unknown", never $0)
# lossUsdLow: 900000            # lowest and highest figures when sources disagree
# lossUsdHigh: 1100000
# stolenAssets: [{ asset: BTC, amount: 12.5 }]   # amounts in native units
# frozenOrRecoveredUsd: 0       # taken back from the attacker (frozen, seized, returned)
# reimbursedUsd: 0              # what customers got back (exchange, insurer, court scheme)
# customerOutcome: { result: pending }   # ${CUSTOMER_OUTCOMES.join(" | ")}; partial needs share: 0.6
# chains: [bitcoin]
# targetType: hot-wallet        # ${TARGET_TYPES.join(" | ")}
# attribution:                  # only when someone named an actor
#   - { actor: "Lazarus Group", by: FBI, kind: official, date: ${today}, source: https://example.com/... }   # kind: ${ATTRIBUTION_KINDS.join(" | ")}
# relatedIncidents: []          # slugs of linked reports
assets: []                      # e.g. [BTC, ETH]
attackVector: unknown           # ${ATTACK_VECTORS.join(" | ")}
exchanges: []                   # file names in content/exchanges/, e.g. [okex]
tags: []                        # lowercase slugs; reuse existing tags, e.g. [phishing, hot-wallet]
author: Breachdesk staff
# featured: true                # pins it as the home page's lead story
# draft: true                   # keeps it out of the production build; npm run dev shows it
sources:                        # at least one public source per claim of loss; https only
  - title: "${PLACEHOLDER}: headline of the source"
    url: https://example.com/${PLACEHOLDER}
    publisher: "${PLACEHOLDER}: publisher"
    date: ${today}              # the source's own date
    # archiveUrl: https://web.archive.org/...
updates: []                     # corrections log, newest facts first on the page:
#  - date: ${today}             # on or after \`date\`
#    note: "What changed, in one sentence."
#    status: confirmed          # only when the status changed
---

## What happened

${PLACEHOLDER}: the report. \`##\` and \`###\` headings form the table of contents.
`;
}

export function exchangeTemplate({ name, today }: { name: string; today: string }): string {
  return `---
name: ${yamlString(name)}
website: https://example.com/${PLACEHOLDER}
country: "${PLACEHOLDER}: country or jurisdiction"
# founded: 2017
# closed: 2019                  # the year it stopped operating
status: active                  # ${EXCHANGE_STATUSES.join(" | ")}
checkedAt: ${today}             # when you last checked these facts against sources
# successor: other-exchange     # required when status is renamed or merged
relations: []                   # e.g. [{ slug: okcoin, kind: sister }]  (sister | parent | subsidiary)
# security:
#   twoFactor: { value: offered, source: https://example.com/help/2fa, asOf: 2024-01-01 }
#   proofOfReserves: { value: yes, attestation: self, source: https://example.com/por, asOf: 2024-01-01, lastPublished: 2024-01-01 }   # attestation: self | independent
#   bugBounty: { value: unknown }
#   protectionFund: { value: no }
#   coldStorage: { value: yes, source: https://example.com/security }
rankings: []                    # snapshots: [{ asOf: 2024-01-01, source: https://..., volumeRank: 12 }]
---

${PLACEHOLDER}: a short profile of the exchange.
`;
}

/** Writes the file, refusing to overwrite one that exists. Returns its path. */
export function writeNewContentFile(dir: string, slug: string, text: string): string {
  if (!slug) throw new Error("cannot make a file name from that title; pass --slug my-slug");
  const file = path.join(dir, `${slug}.md`);
  try {
    writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      throw new Error(`${file} already exists; not overwriting it. Pick another name with --slug`, { cause: error });
    }
    throw error;
  }
  return file;
}
