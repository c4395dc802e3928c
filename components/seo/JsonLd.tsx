import { serializeJsonLd } from "@/lib/metadata";

/** Structured data for search engines; the serializer makes the payload safe inside a script tag. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
