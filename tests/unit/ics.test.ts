import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { calendarText, eventTimes, DEFAULT_TIMES } from '../../src/lib/ics.ts';
import { sessionEvents } from '../../src/components/series/feeds.ts';
import { LECTURES, MEETINGS } from '../../src/lib/series/series.ts';
import { loadFixture } from '../support/fixture-catalog.ts';
import { TEST_BUILD_DATE } from '../../scripts/lib/test-build-date.ts';

// Astro's `site`: the origin; url() adds the base path (none inside Vitest, /djjy/ in the base-path build test).
const SITE = 'https://fixture.example.cn/';
const catalog = buildCatalog(loadFixture());

/** Parses with ical.js (an independent implementation) and returns the events with their zone resolved. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startUtc: event.startDate.toJSDate().toISOString(),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  });
  return { calendar, zones, events };
}

const lectureCalendar = () =>
  calendarText({
    name: '初心讲坛',
    url: `${SITE}lectures/`,
    stampDate: catalog.today,
    events: sessionEvents(LECTURES, catalog, SITE),
  });

describe('iCalendar files', () => {
  it('carry local times with TZID=Asia/Shanghai and a VTIMEZONE', () => {
    const text = lectureCalendar();
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20240412T143000');
    const { zones, events } = parse(text);
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai']);
    const first = events.find((e) => e.uid === 'lecture-1@fixture.example.cn')!;
    expect(first).toMatchObject({
      summary: '第1期 以科技创新引领产业升级',
      location: '园区党群服务中心报告厅',
      url: 'https://fixture.example.cn/lectures/1/',
      tzid: 'Asia/Shanghai',
      start: '2024-04-12T14:30:00',
      end: '2024-04-12T16:30:00',
      // 14:30 in Shanghai (UTC+8) is 06:30 UTC.
      startUtc: '2024-04-12T06:30:00.000Z',
    });
  });

  it('fills the documented defaults when times are missing: lectures 14:30 + 2 h, meetings 19:00 + 90 min', () => {
    const lectures = parse(lectureCalendar()).events;
    // Lecture 2 has no times in the fixture.
    expect(lectures.find((e) => e.uid === 'lecture-2@fixture.example.cn')).toMatchObject({
      start: '2024-10-18T14:30:00',
      end: '2024-10-18T16:30:00',
    });
    const meetings = parse(
      calendarText({
        name: '南江读书会',
        url: SITE,
        stampDate: catalog.today,
        events: sessionEvents(MEETINGS, catalog, SITE),
      }),
    ).events;
    expect(meetings.map((e) => [e.uid, e.start, e.end, e.location])).toEqual([
      ['meeting-2@fixture.example.cn', '2020-06-20T19:00:00', '2020-06-20T20:30:00', '职工书屋'],
      ['meeting-1@fixture.example.cn', '2020-03-15T19:00:00', '2020-03-15T20:30:00', '腾讯会议'],
    ]);
    expect(DEFAULT_TIMES).toEqual({
      lectures: { start: '14:30', minutes: 120 },
      meetings: { start: '19:00', minutes: 90 },
    });
  });

  it('uses the default length when an end time is before the start', () => {
    const { start, end } = eventTimes({
      date: '2026-12-18',
      startTime: '19:00',
      endTime: '08:00',
      defaults: DEFAULT_TIMES.meetings,
    });
    expect([start.toFormat('HH:mm'), end.toFormat('HH:mm')]).toEqual(['19:00', '20:30']);
  });

  it('is the same file whatever the build machine’s time zone, with a UTC DTSTAMP from the build date', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = lectureCalendar();
      process.env.TZ = 'Asia/Tokyo';
      const east = lectureCalendar();
      expect(west).toBe(east);
      // Midnight of the build date in China, in UTC: the evening before.
      const midnightInChina = new Date(`${TEST_BUILD_DATE}T00:00:00+08:00`).toISOString().replace('.000', '');
      expect(parse(west).events[0]!.stamp).toBe(midnightInChina);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('keeps UIDs stable when content around them changes, so calendars update instead of duplicating', () => {
    const before = parse(lectureCalendar()).events.map((e) => e.uid);
    const input = loadFixture();
    input.lectures[0]!.data.title = '改过的题目';
    const after = parse(
      calendarText({
        name: 'x',
        url: SITE,
        stampDate: '2026-11-28',
        events: sessionEvents(LECTURES, buildCatalog(input), SITE),
      }),
    ).events;
    expect(after.map((e) => e.uid).sort()).toEqual([...before].sort());
    expect(after.map((e) => e.summary)).toContain('第1期 改过的题目');
  });

  it('escapes commas, semicolons and newlines in text', () => {
    const text = calendarText({
      name: 'x',
      url: SITE,
      stampDate: '2026-11-27',
      events: [
        {
          uid: 'lecture-99@x',
          title: 'A, B; C',
          date: '2026-12-01',
          defaults: DEFAULT_TIMES.lectures,
          location: '一楼,二楼',
          description: '第一行\n第二行',
          url: `${SITE}lectures/99/`,
        },
      ],
    });
    expect(text).toContain('SUMMARY:A\\, B\\; C');
    const [event] = parse(text).events;
    expect(event).toMatchObject({ summary: 'A, B; C', location: '一楼,二楼' });
  });
});
