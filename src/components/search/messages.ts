/** What the search page says: the status line, the notice of ignored address parts, a filter option's label. */
import type { SearchOutcome } from '../../lib/search/search-plan.ts';
import type { Say } from './strings.ts';

export function statusText(outcome: SearchOutcome, say: Say): string {
  switch (outcome.kind) {
    case 'idle':
      return say(outcome.punctuationOnly ? 'search.empty.punctuation' : 'search.status.idle');
    case 'loading':
      return say('search.status.loading');
    case 'empty': {
      const empty = say('search.empty', { q: outcome.display });
      return outcome.filtered ? `${empty}${say('search.empty.filters')}` : empty;
    }
    case 'found':
      return outcome.relaxed
        ? say('search.status.relaxed', { n: outcome.count })
        : say(outcome.filtered ? 'search.status.countFiltered' : 'search.status.count', { n: outcome.count });
    case 'error':
      return say('search.error');
  }
}

/** The notice listing what the address asked for and the page ignored (`名称=值`), or undefined for none. */
export function ignoredNotice(ignored: readonly string[], say: Say): string | undefined {
  return ignored.length > 0 ? say('search.ignoredFilters', { list: ignored.join('、') }) : undefined;
}
