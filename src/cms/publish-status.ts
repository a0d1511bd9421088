/**
 * The last publish, as the publish step records it (scripts/lib/publish-status.ts) and /admin/ shows it
 * (admin.ts): a small JSON file beside the editor's page, in the live release, so an editor sees whether a change
 * went live, or why not, without opening the CI log.
 */

/** The file's name inside /admin/ (served at <site>/admin/publish-status.json). */
export const PUBLISH_STATUS_FILE = 'publish-status.json';

/** One problem of the content check, as the report gives it (src/content-check/problem.ts). */
export interface PublishProblem {
  file: string;
  field?: string;
  message: string;
  example?: string;
}

export interface PublishStatus {
  /** True when this publish went live; false when it stopped (the site kept the previous release). */
  published: boolean;
  /** When the publish ended, ISO 8601 (UTC). */
  time: string;
  /** Pages of the content changed by the published commit, site-relative (`lectures/12/`); empty: the home page. */
  pages: string[];
  /** Why it did not go live: the content check's errors (empty when it did, or when the build itself failed). */
  problems: PublishProblem[];
  /** A failure that is not about content (the build or the upload), in Chinese. */
  failure?: string;
}

/** What a build writes until a publish records its outcome: nothing to show. */
export const NO_PUBLISH_RECORDED = { published: null } as const;

/** The file's content: a publish's outcome, or none yet. */
export type PublishStatusFile = PublishStatus | typeof NO_PUBLISH_RECORDED;
