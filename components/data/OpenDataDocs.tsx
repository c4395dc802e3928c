import type { FieldDoc } from "@/lib/opendata/schema";
import { OPEN_DATA_LICENSE, OPEN_DATA_SCHEMA_VERSION } from "@/lib/opendata/schema";
import { PageHeading } from "@/components/ui/PageHeading";
import { exchangesJsonPath, incidentsCsvPath, incidentsJsonPath } from "@/lib/routes";

const FILES = [
  { href: incidentsJsonPath(), label: "incidents.json", what: "every published incident, as JSON" },
  { href: incidentsCsvPath(), label: "incidents.csv", what: "the same incidents as CSV (RFC 4180, UTF-8, header row)" },
  { href: exchangesJsonPath(), label: "exchanges.json", what: "every exchange with its incident count and reported losses" },
];

function FieldTable({ caption, fields }: { caption: string; fields: FieldDoc[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-400">
            <th scope="col" className="py-2 pr-4">Field</th>
            <th scope="col" className="py-2 pr-4">Type</th>
            <th scope="col" className="py-2">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name} className="border-b border-zinc-200 align-top dark:border-zinc-700">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">{f.name}</th>
              <td className="py-2 pr-4">{f.type}</td>
              <td className="py-2">{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OpenDataDocs({ fields, count }: { fields: { incidents: FieldDoc[]; exchanges: FieldDoc[]; envelope: FieldDoc[] }; count: number }) {
  return (
    <>
      <PageHeading
        eyebrow="Open data"
        title="Download the data"
        lead={`${String(count)} incidents, regenerated from the published reports at every build. Schema version ${String(OPEN_DATA_SCHEMA_VERSION)}.`}
      />
      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="files-heading">
          <h2 id="files-heading" className="font-serif text-2xl font-bold">Files</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {FILES.map((f) => (
              <li key={f.href}>
                <a href={f.href} className="font-mono text-accent underline dark:text-accent-dark">{f.label}</a> — {f.what}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="license-heading">
          <h2 id="license-heading" className="font-serif text-2xl font-bold">License</h2>
          <p className="mt-3">
            The data is published under{" "}
            <a href={OPEN_DATA_LICENSE.url} className="text-accent underline dark:text-accent-dark" rel="license noopener noreferrer">
              {OPEN_DATA_LICENSE.name}
            </a>
            : reuse it freely, crediting Breachdesk and linking to the report. Losses are as reported at the time; read each
            report&apos;s status before quoting a figure.
          </p>
        </section>
        <section aria-labelledby="format-heading">
          <h2 id="format-heading" className="font-serif text-2xl font-bold">Format</h2>
          <p className="mt-3">
            Both JSON files are an object with the fields below plus a list (<code>incidents</code> or <code>exchanges</code>).
            The <code>schemaVersion</code> changes only when a field is removed or changes meaning; new fields may appear
            at any time. In the CSV, missing values are empty fields and lists are joined as noted.
          </p>
          <FieldTable caption="Fields of every file" fields={fields.envelope} />
          <FieldTable caption="incidents.json incidents[] and incidents.csv columns" fields={fields.incidents} />
          <FieldTable caption="exchanges.json exchanges[]" fields={fields.exchanges} />
        </section>
      </div>
    </>
  );
}
