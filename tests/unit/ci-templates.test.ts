/**
 * The CI templates in ci/ (Gitea/Forgejo Actions, GitLab CI, GitHub Actions): valid YAML, run on the main branch
 * with the whole git history, and all publish through the one `npm run publish` step.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (name: string) => readFileSync(path.join(ROOT, 'ci', name), 'utf8');

describe('CI templates', () => {
  for (const name of ['gitea-actions.yml', 'github-actions.yml']) {
    it(`${name}: on a push to main, checks out the history and runs npm run publish once`, () => {
      const workflow = parse(read(name)) as {
        on: { push: { branches: string[] } };
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }>;
      };
      expect(workflow.on.push.branches).toEqual(['main']);
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
      expect(steps.flatMap((step) => step.run?.match(/npm run publish -- "\$PUBLISH_TARGET"/g) ?? [])).toHaveLength(1);
      expect(steps.some((step) => step.run?.trim() === 'npm ci')).toBe(true);
    });
  }

  it('gitlab-ci.yml: on main, with the whole history, runs npm run publish once', () => {
    const pipeline = parse(read('gitlab-ci.yml')) as {
      publish: { rules: { if: string }[]; variables: Record<string, string>; script: string[] };
    };
    expect(pipeline.publish.rules[0]!.if).toBe('$CI_COMMIT_BRANCH == "main"');
    expect(pipeline.publish.variables.GIT_DEPTH).toBe('0');
    expect(pipeline.publish.script.filter((line) => line.includes('npm run publish'))).toEqual([
      'npm run publish -- "$PUBLISH_TARGET"',
    ]);
  });
});
