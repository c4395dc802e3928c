export function PageHeading({ title, lead, eyebrow }: { title: string; lead?: React.ReactNode; eyebrow?: string }) {
  return (
    <div className="mb-8 max-w-3xl">
      {eyebrow && <p className="text-xs font-bold uppercase tracking-[0.18em] text-accent dark:text-accent-dark">{eyebrow}</p>}
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{title}</h1>
      {lead && <div className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{lead}</div>}
    </div>
  );
}
