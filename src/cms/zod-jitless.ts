/**
 * Imported first by admin.ts: Zod compiles object checks with `new Function()` unless told not to, and decides so
 * when each schema is built (the schemas are built when their modules load). The editor page's CSP allows no eval
 * (src/cms/csp.ts), so the browser would report a violation on the first check.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
