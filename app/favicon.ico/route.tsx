import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { pngToIco } from "@/lib/ico";

export const dynamic = "force-static";

const SIZE = 32;

/** The site icon (app/icon.svg) as /favicon.ico, which browsers and feed readers request by name. */
export async function GET(): Promise<Response> {
  const svg = readFileSync(path.join(process.cwd(), "app/icon.svg"));
  const src = `data:image/svg+xml;base64,${svg.toString("base64")}`;
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, there is no next/image here
  const png = await new ImageResponse(<img src={src} width={SIZE} height={SIZE} alt="" />, { width: SIZE, height: SIZE }).arrayBuffer();
  return new Response(pngToIco(new Uint8Array(png), SIZE), { headers: { "Content-Type": "image/x-icon" } });
}
