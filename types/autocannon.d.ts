/** The part of autocannon's API the newsletter benchmark uses (the package ships no types). */
declare module "autocannon" {
  type Context = Record<string, unknown>;
  type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
  export type Options = {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: {
      setupRequest?: (request: RequestParams, context: Context) => RequestParams;
      onResponse?: (status: number, body: string, context: Context) => void;
    }[];
  };
  export type Result = {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
