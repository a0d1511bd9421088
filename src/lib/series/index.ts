/**
 * Series statistics derived from the catalog: what the series pages, person pages and the 数据 page show.
 * Computed once per build (held by the site model, src/lib/site-model.ts), never per page. Statistics count what was
 * held up to the build date; upcoming sessions are listed apart and not counted.
 */
import type { Catalog, Person } from '../catalog.ts';
import {
  lectureYears,
  speakerKindCounts,
  themeCounts,
  type LectureYear,
  type SpeakerKindCount,
  type ThemeCount,
} from './lectures.ts';
import {
  leadReaderRotation,
  meetingYears,
  outputsPerPerson,
  type LeadReaderTurn,
  type MeetingYear,
  type OutputCount,
} from './meetings.ts';
import { clcCounts, donationsPerMonth, type ClcCount, type DonationMonth } from './library.ts';

export * from './lectures.ts';
export * from './meetings.ts';
export * from './library.ts';

export interface SeriesStats {
  lectureYears: LectureYear[];
  themes: ThemeCount[];
  speakerKinds: SpeakerKindCount[];
  meetingYears: MeetingYear[];
  rotation: LeadReaderTurn[];
  outputsPerPerson: OutputCount<Person>[];
  clc: ClcCount[];
  donations: DonationMonth[];
  /** A person's place in the rotation, if they have led a meeting. */
  turnOf(personId: string): LeadReaderTurn | undefined;
}

export function seriesStats(catalog: Catalog): SeriesStats {
  const rotation = leadReaderRotation(catalog.pastMeetings, catalog.person);
  const turns = new Map(rotation.map((turn) => [turn.person.id, turn]));
  return {
    lectureYears: lectureYears(catalog.pastLectures),
    themes: themeCounts(catalog.themes),
    speakerKinds: speakerKindCounts(catalog.pastLectures, catalog.person),
    meetingYears: meetingYears(catalog.pastMeetings),
    rotation,
    outputsPerPerson: outputsPerPerson(catalog.pastMeetings, catalog.person),
    clc: clcCounts(catalog.clcGroups),
    donations: donationsPerMonth(catalog.books),
    turnOf: (id) => turns.get(id),
  };
}
