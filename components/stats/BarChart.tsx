import { scaleLinear } from "d3-scale";
import type { ChartDatum } from "@/lib/stats";

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

/** Each row: the label on its own line, then the bar with its value at the end. */
const ROW = 46;
const LABEL_BASELINE = 15;
const BAR_TOP = 22;
const BAR_HEIGHT = 16;
/** Bars stop at this share of the width so the longest one still has room for its value. */
const BAR_MAX_PERCENT = 78;
/** Rendered sizes in CSS pixels: the SVG has no viewBox, so text never shrinks with a narrow screen. */
const LABEL_FONT_PX = 14;
const VALUE_FONT_PX = 13;

/**
 * A horizontal bar chart drawn on the server: plain SVG, no chart JavaScript in the browser. Bar
 * lengths are percentages of the SVG's own width and text sizes are fixed pixels, so the chart fills any
 * column while its text stays readable on a phone (a scaled viewBox made 13 px labels ~7 px at 390 px).
 * The SVG is an image with a title and description; the table beneath carries the same numbers
 * for screen readers and copying.
 */
export function BarChart<T extends ChartDatum>({ id, title, description, data, format, labelHeading, valueHeading, extraColumns = [] }: BarChartProps<T>) {
  const height = Math.max(1, data.length) * ROW;
  const max = Math.max(1, ...data.map((d) => d.value));
  const percent = scaleLinear().domain([0, max]).range([0, BAR_MAX_PERCENT]);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure aria-labelledby={titleId} className="mt-10">
      <h2 id={titleId} className="font-serif text-2xl font-bold">{title}</h2>
      <p id={descId} className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{description}</p>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        width="100%"
        height={height}
        className="mt-4 block w-full max-w-3xl text-zinc-800 dark:text-zinc-200"
        data-chart={id}
      >
        {data.map((d, i) => {
          const top = i * ROW;
          const width = `${String(Math.max(percent(d.value), 0))}%`;
          return (
            <g key={d.key}>
              <text x={0} y={top + LABEL_BASELINE} fontSize={LABEL_FONT_PX} fill="currentColor">
                {d.label}
              </text>
              <rect className="bar fill-accent dark:fill-accent-dark" x={0} y={top + BAR_TOP} width={width} height={BAR_HEIGHT} />
              <text x={width} dx={6} y={top + BAR_TOP + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize={VALUE_FONT_PX} fill="currentColor">
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
