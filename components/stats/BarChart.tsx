import { scaleBand, scaleLinear } from "d3-scale";
import type { ChartDatum } from "@/lib/content";

type BarChartProps<T extends ChartDatum> = {
  id: string;
  title: string;
  description: string;
  data: T[];
  /** How a value reads in labels and the table, e.g. "$3M" or "4". */
  format: (value: number) => string;
  labelHeading: string;
  valueHeading: string;
  /** Extra table columns beyond label and value. */
  extraColumns?: { heading: string; cell: (d: T) => string }[];
};

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 170;
const VALUE_GUTTER = 70;

/**
 * A horizontal bar chart drawn on the server: plain SVG, no chart JavaScript in the browser.
 * The SVG is an image with a title and description; the table beneath carries the same numbers
 * for screen readers and copying.
 */
export function BarChart<T extends ChartDatum>({ id, title, description, data, format, labelHeading, valueHeading, extraColumns = [] }: BarChartProps<T>) {
  const height = Math.max(ROW, data.length * ROW);
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - LABEL_WIDTH - VALUE_GUTTER]);
  const y = scaleBand().domain(data.map((d) => d.key)).range([0, height]).padding(0.2);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure aria-labelledby={titleId} className="mt-10">
      <h2 id={titleId} className="font-serif text-2xl font-bold">{title}</h2>
      <p id={descId} className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{description}</p>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
        className="mt-4 h-auto w-full max-w-3xl text-zinc-800 dark:text-zinc-200"
        data-chart={id}
      >
        {data.map((d) => {
          const top = y(d.key) ?? 0;
          const width = x(d.value);
          return (
            <g key={d.key}>
              <text x={LABEL_WIDTH - 8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="currentColor">
                {d.label}
              </text>
              <rect className="bar fill-accent dark:fill-accent-dark" x={LABEL_WIDTH} y={top} width={Math.max(width, 0)} height={y.bandwidth()} />
              <text x={LABEL_WIDTH + width + 6} y={top + y.bandwidth() / 2} dominantBaseline="middle" fontSize="12" fill="currentColor">
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="mt-4 max-w-3xl overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{`${title}: data`}</caption>
          <thead>
            <tr className="border-b border-zinc-400">
              <th scope="col" className="py-1 pr-4">{labelHeading}</th>
              <th scope="col" className="py-1 pr-4 text-right">{valueHeading}</th>
              {extraColumns.map((c) => (
                <th key={c.heading} scope="col" className="py-1 pr-4 text-right">{c.heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key} className="border-b border-zinc-200 dark:border-zinc-700">
                <th scope="row" className="py-1 pr-4 font-normal">{d.label}</th>
                <td className="tabular py-1 pr-4 text-right">{format(d.value)}</td>
                {extraColumns.map((c) => (
                  <td key={c.heading} className="tabular py-1 pr-4 text-right">{c.cell(d)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
