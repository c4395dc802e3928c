/** Request shapes for the newsletter endpoints, validated with zod at the edge. */
import { z } from "zod";

export const signupFormSchema = z.object({
  email: z.string({ error: "The email field is missing." }).max(320, "The email address is far too long."),
  /** Honeypot: invisible to people, tempting to bots. */
  website: z.string().max(500).optional().default(""),
  /** Page the form was on, recorded with the consent; only same-site paths are kept. */
  source: z
    .string()
    .optional()
    .transform((s) => (s && /^\/(?!\/)[\x21-\x7e]{0,199}$/.test(s) ? s : "/")),
});

export const tokenFormSchema = z.object({
  token: z.string({ error: "The token field is missing." }).min(1, "The token is empty.").max(200, "The token is too long."),
});
