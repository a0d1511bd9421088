/**
 * Preloaded into a process under test (NODE_OPTIONS=--import): every host name it looks up other than this machine
 * is appended to the file HOST_WATCH_LOG names. Connecting anywhere by name starts with this lookup (node:net calls
 * dns.lookup), so an update check or a usage report shows here whether or not the network would answer.
 */
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';

const log = process.env.HOST_WATCH_LOG;
const local = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|[0:]+|[0:]+:1)$/i;
const record = (host) => {
  if (log && typeof host === 'string' && !local.test(host)) appendFileSync(log, `${host}\n`);
};
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  record(host);
  return lookup.call(this, host, ...rest);
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  record(host);
  return lookupPromise.call(this, host, ...rest);
};
