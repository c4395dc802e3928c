/** The one support module for specs, benchmarks and scripts that need a running site, mail or subscribers. */
export { copySiteSource, startBuiltSite, waitForHttp, type BuiltSite, type StartSiteOptions } from "./site";
export { startSmtpSink, type Delivery, type SmtpSink, type SmtpSinkOptions } from "./smtp";
export {
  createScratchDatabase,
  fakeAddresses,
  insertConfirmedSubscribers,
  runScript,
  scriptEnv,
  startWorker,
  stopWorker,
  waitFor,
  type ScratchDatabase,
} from "./newsletter-world";
