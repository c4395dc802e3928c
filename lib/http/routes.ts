import { confirmApiPath, healthApiPath, subscribeApiPath, unsubscribeApiPath } from "@/lib/routes";
/**
 * The methods each route handler under /api answers. The handlers refuse the others themselves; the front
 * door uses the same table for methods Next cannot even represent (TRACE, CONNECT) and for OPTIONS, so every
 * refusal names one Allow list.
 */
export const API_METHODS: Readonly<Record<string, readonly string[]>> = {
  [subscribeApiPath()]: ["POST"],
  [confirmApiPath()]: ["POST"],
  [unsubscribeApiPath()]: ["GET", "HEAD", "POST"],
  [healthApiPath()]: ["GET", "HEAD"],
};

/** Everything that is not an API route is read-only: pages, feeds, data files, assets. */
export const READ_ONLY_METHODS: readonly string[] = ["GET", "HEAD"];

export function allowedMethods(pathname: string): readonly string[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return API_METHODS[path] ?? READ_ONLY_METHODS;
}
